package org.covenantconnects.identity.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.identity.web.AccountForms.WhoForm;
import org.covenantconnects.platform.Choice;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Creating an account for oneself, and confirming its email address. Coordinators and
 * administrators are not created here: an administrator invites them.
 */
@Controller
class RegistrationController {

	/**
	 * The roles a person may register for themselves, by the word used in the address.
	 */
	private static final Map<String, Role> SELF_SERVICE = Map.of("care-leaver", Role.CARE_LEAVER, "supporter",
			Role.SUPPORTER);

	private static final List<Choice> WHO = List.of(
			new Choice("care-leaver", "I am a care leaver", "You are 16 to 25 and have been in care in England"),
			new Choice("supporter", "I support care leavers",
					"For example, a personal adviser, virtual school head, college staff or charity worker"));

	private final Accounts accounts;

	RegistrationController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/register")
	String start(@ModelAttribute("form") WhoForm form, Model model) {
		model.addAttribute("choices", WHO);
		return "identity/register-start";
	}

	@PostMapping("/register")
	String chooseWho(@Valid @ModelAttribute("form") WhoForm form, BindingResult errors, Model model) {
		if (!errors.hasErrors() && !SELF_SERVICE.containsKey(form.getWho())) {
			errors.rejectValue("who", "unknown", "Select who you are");
		}
		if (errors.hasErrors()) {
			model.addAttribute("choices", WHO);
			return "identity/register-start";
		}
		return "redirect:/register/" + form.getWho();
	}

	@GetMapping("/register/check-email")
	String checkEmail() {
		return "identity/check-email";
	}

	@GetMapping("/verify-email/{token}")
	String confirmPage(@PathVariable String token, Model model) {
		// Showing a button rather than confirming on GET: mail scanners that open links
		// must not use
		// up the token.
		model.addAttribute("valid", this.accounts.isConfirmationLinkValid(token));
		model.addAttribute("token", token);
		return "identity/verify-email";
	}

	@PostMapping("/verify-email/{token}")
	String confirm(@PathVariable String token, Model model) {
		if (!this.accounts.confirmEmail(token)) {
			model.addAttribute("valid", false);
			return "identity/verify-email";
		}
		return "identity/email-confirmed";
	}

}
