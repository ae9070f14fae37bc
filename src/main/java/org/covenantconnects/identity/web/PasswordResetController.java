package org.covenantconnects.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.RateLimits;
import org.covenantconnects.identity.web.AccountForms.EmailForm;
import org.covenantconnects.identity.web.AccountForms.PasswordForm;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Resetting a forgotten password by a link sent to the account's email address. */
@Controller
class PasswordResetController {

	private final Accounts accounts;

	private final RateLimits rateLimits;

	PasswordResetController(Accounts accounts, RateLimits rateLimits) {
		this.accounts = accounts;
		this.rateLimits = rateLimits;
	}

	@GetMapping("/password/forgot")
	String forgot(@ModelAttribute("form") EmailForm form) {
		return "identity/password-forgot";
	}

	@PostMapping("/password/forgot")
	String requestLink(@Valid @ModelAttribute("form") EmailForm form, BindingResult errors,
			HttpServletRequest request) {
		if (!errors.hasErrors()
				&& !this.rateLimits.tryAcquire(RateLimits.Action.PASSWORD_RESET, request.getRemoteAddr())) {
			errors.rejectValue("email", "rate",
					"There have been too many requests from your connection. Wait 15 minutes and try again");
		}
		if (errors.hasErrors()) {
			return "identity/password-forgot";
		}
		this.accounts.requestPasswordReset(form.getEmail());
		return "redirect:/password/link-sent";
	}

	@GetMapping("/password/link-sent")
	String linkSent() {
		return "identity/password-link-sent";
	}

	@GetMapping("/password/reset/{token}")
	String newPasswordForm(@PathVariable String token, @ModelAttribute("form") PasswordForm form, Model model) {
		model.addAttribute("valid", this.accounts.isResetLinkValid(token));
		model.addAttribute("token", token);
		return "identity/password-reset";
	}

	@PostMapping("/password/reset/{token}")
	String reset(@PathVariable String token, @ModelAttribute("form") PasswordForm form, BindingResult errors,
			Model model) {
		model.addAttribute("token", token);
		model.addAttribute("valid", true);
		try {
			if (this.accounts.resetPassword(token, form.getPassword())) {
				return "redirect:/password/changed";
			}
			model.addAttribute("valid", false);
		}
		catch (IllegalArgumentException weak) {
			errors.rejectValue("password", "weak", weak.getMessage());
		}
		return "identity/password-reset";
	}

	@GetMapping("/password/changed")
	String changed() {
		return "identity/password-changed";
	}

}
