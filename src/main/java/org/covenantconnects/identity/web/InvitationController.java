package org.covenantconnects.identity.web;

import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.web.AccountForms.PasswordForm;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** An invited coordinator or administrator chooses a password and starts. */
@Controller
class InvitationController {

	private final Accounts accounts;

	InvitationController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/invitation/{token}")
	String form(@PathVariable String token, @ModelAttribute("form") PasswordForm form, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("invitation", this.accounts.invitation(token).orElse(null));
		return "identity/invitation";
	}

	@PostMapping("/invitation/{token}")
	String accept(@PathVariable String token, @ModelAttribute("form") PasswordForm form, BindingResult errors,
			Model model) {
		model.addAttribute("token", token);
		model.addAttribute("invitation", this.accounts.invitation(token).orElse(null));
		try {
			if (this.accounts.acceptInvitation(token, form.getPassword())) {
				return "redirect:/sign-in?invited";
			}
		}
		catch (IllegalArgumentException weak) {
			errors.rejectValue("password", "weak", weak.getMessage());
		}
		return "identity/invitation";
	}

}
