package org.covenantconnects.adviserlink.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.covenantconnects.adviserlink.Links;
import org.covenantconnects.adviserlink.internal.Invitation;
import org.covenantconnects.adviserlink.internal.RegistrationsOnBehalf;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.SummaryRow;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A young person claims the account someone registered for them, from the emailed link:
 * they check their details, choose a password, accept the privacy notice and choose
 * whether to link with the adviser who registered them.
 */
@Controller
class ClaimController {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final RegistrationsOnBehalf registrations;

	private final Links links;

	ClaimController(RegistrationsOnBehalf registrations, Links links) {
		this.registrations = registrations;
		this.links = links;
	}

	@GetMapping("/claim/{token}")
	String form(@PathVariable String token, Model model) {
		Optional<Invitation> invitation = this.registrations.invitation(token);
		if (invitation.isEmpty()) {
			return "adviserlink/claim-expired";
		}
		model.addAttribute("token", token);
		return page(invitation.get(), new ClaimForm(), model);
	}

	@PostMapping("/claim/{token}")
	String claim(@PathVariable String token, @ModelAttribute("form") ClaimForm form, BindingResult errors,
			Model model) {
		Optional<Invitation> found = this.registrations.invitation(token);
		if (found.isEmpty()) {
			return "adviserlink/claim-expired";
		}
		Invitation invitation = found.get();
		model.addAttribute("token", token);
		if (form.getPassword() == null || form.getPassword().isEmpty()) {
			errors.rejectValue("password", "missing", "Choose a password");
		}
		if (!List.of("yes").equals(form.getPrivacy())) {
			errors.rejectValue("privacy", "missing", "Select that you have read how we use your information");
		}
		if (invitation.invitedBySupporter() && !"yes".equals(form.getLink()) && !"no".equals(form.getLink())) {
			errors.rejectValue("link", "missing", "Select yes if you want to link with them, or no if not");
		}
		if (errors.hasErrors()) {
			return page(invitation, form, model);
		}
		try {
			if (!this.registrations.claim(token, form.getPassword(), "yes".equals(form.getLink()))) {
				return "adviserlink/claim-expired";
			}
		}
		catch (IllegalArgumentException weak) {
			errors.rejectValue("password", "weak", weak.getMessage());
			return page(invitation, form, model);
		}
		return "redirect:/account-claimed";
	}

	@GetMapping("/account-claimed")
	String claimed() {
		return "adviserlink/claimed";
	}

	private String page(Invitation invitation, ClaimForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("rows",
				List.of(SummaryRow.of("Full name", invitation.fullName()),
						SummaryRow.of("Email address", invitation.email()),
						SummaryRow.of("Date of birth", DATE.format(invitation.dateOfBirth())),
						SummaryRow.of("Council that looked after you",
								this.registrations.councilName(invitation.council())),
						SummaryRow.of("College or university",
								(invitation.institution() != null) ? invitation.institution() : "Not given")));
		model.addAttribute("privacyChoices",
				List.of(Choice.of("yes", "I have read how Covenant Connects uses my information")));
		if (invitation.invitedBySupporter()) {
			String adviser = this.links.describe(invitation.invitedBy());
			model.addAttribute("adviser", adviser);
			model.addAttribute("linkChoices", List.of(new Choice("yes", "Yes, link with them",
					"They will see your name and the opportunities you save and apply for, and can suggest opportunities to you. You can end the link at any time."),
					new Choice("no", "No, not now", "They will not see anything of yours.")));
		}
		return "adviserlink/claim";
	}

	/** What the young person gives to claim their account. */
	static class ClaimForm {

		private String password;

		private List<String> privacy = List.of();

		private String link;

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public List<String> getPrivacy() {
			return this.privacy;
		}

		public void setPrivacy(List<String> privacy) {
			this.privacy = (privacy != null) ? privacy : List.of();
		}

		public String getLink() {
			return this.link;
		}

		public void setLink(String link) {
			this.link = link;
		}

	}

}
