package org.covenantconnects.identity.web;

import org.covenantconnects.identity.Accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Confirming a new email address from the link sent to it. The link is the proof, so the
 * page is open to whoever has it, signed in or not (people often open email on another
 * device).
 */
@Controller
class EmailChangeController {

	private final Accounts accounts;

	EmailChangeController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/verify-email-change/{token}")
	String confirmPage(@PathVariable String token, Model model) {
		// A button rather than confirming on GET, so that mail scanners opening the link
		// do not use it up.
		model.addAttribute("valid", this.accounts.isEmailChangeLinkValid(token));
		model.addAttribute("token", token);
		return "identity/verify-email-change";
	}

	@PostMapping("/verify-email-change/{token}")
	String confirm(@PathVariable String token, Model model) {
		model.addAttribute("valid", this.accounts.confirmEmailChange(token));
		model.addAttribute("changed", true);
		return "identity/verify-email-change";
	}

	@GetMapping("/cancel-email-change/{token}")
	String cancelPage(@PathVariable String token, Model model) {
		model.addAttribute("valid", this.accounts.isEmailChangeCancelLinkValid(token));
		model.addAttribute("token", token);
		return "identity/cancel-email-change";
	}

	@PostMapping("/cancel-email-change/{token}")
	String cancel(@PathVariable String token, Model model) {
		model.addAttribute("valid", this.accounts.cancelEmailChange(token));
		model.addAttribute("cancelled", true);
		return "identity/cancel-email-change";
	}

}
