package org.covenantconnects.signatory.web;

import org.covenantconnects.signatory.internal.Colleagues;
import org.covenantconnects.signatory.web.SignatoryForms.PasswordForm;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A colleague invited by email chooses a password from the link, and from then on acts
 * for the organisation that invited them.
 */
@Controller
class ColleagueInvitationController {

	private final Colleagues colleagues;

	ColleagueInvitationController(Colleagues colleagues) {
		this.colleagues = colleagues;
	}

	@GetMapping("/colleague-invitation/{token}")
	String form(@PathVariable String token, @ModelAttribute("form") PasswordForm form, Model model) {
		return page(token, model);
	}

	@PostMapping("/colleague-invitation/{token}")
	String join(@PathVariable String token, @ModelAttribute("form") PasswordForm form, BindingResult errors,
			Model model) {
		try {
			switch (this.colleagues.join(token, form.getPassword())) {
				case JOINED:
					return "redirect:/sign-in?invited";
				case ADDRESS_TAKEN:
					// They followed the link sent to the address, so they may know.
					model.addAttribute("taken", true);
					break;
				default:
					break;
			}
		}
		catch (IllegalArgumentException weak) {
			errors.rejectValue("password", "weak", weak.getMessage());
		}
		return page(token, model);
	}

	private String page(String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("invited", this.colleagues.invitation(token).orElse(null));
		return "signatory/colleague-invitation";
	}

}
