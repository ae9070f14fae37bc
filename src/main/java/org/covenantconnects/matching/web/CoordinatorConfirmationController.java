package org.covenantconnects.matching.web;

import java.util.List;

import org.covenantconnects.careleaver.CareExperience;
import org.covenantconnects.careleaver.CareLeaverProfile;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.matching.internal.Caseload;
import org.covenantconnects.opportunity.OpportunityPages;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.platform.Choice;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A coordinator confirms, from a young person's record, that they are care-experienced
 * and which council looked after them; or, once it is confirmed, corrects a mistaken
 * confirmation (another council, or withdrawn), with the reason. Every opening is
 * recorded in the young person's audit trail.
 */
@Controller
class CoordinatorConfirmationController {

	static final String COUNCIL = "COUNCIL", WITHDRAW = "WITHDRAW";

	static final List<String> FIELDS = List.of("council", "confirmed", "correction", "reason");

	private final Caseload caseload;

	private final CareExperience careExperience;

	private final OpportunityPages pages;

	private final Places places;

	CoordinatorConfirmationController(Caseload caseload, CareExperience careExperience, OpportunityPages pages,
			Places places) {
		this.caseload = caseload;
		this.careExperience = careExperience;
		this.pages = pages;
		this.places = places;
	}

	@GetMapping("/coordinator/caseload/{id}/care-experience")
	String page(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		AccountId careLeaver = CaseloadController.parse(id);
		CareLeaverProfile profile = this.caseload.profileFor(user.id(), careLeaver,
				"Opened the confirmation of their care experience");
		CareExperienceForm form = new CareExperienceForm();
		form.setCouncil(String.valueOf(profile.council().value()));
		model.addAttribute("form", form);
		return page(profile, model);
	}

	@PostMapping("/coordinator/caseload/{id}/care-experience")
	String change(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@ModelAttribute("form") CareExperienceForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		AccountId careLeaver = CaseloadController.parse(id);
		CareLeaverProfile profile = this.caseload.profileFor(user.id(), careLeaver,
				"Confirmed or corrected their care experience");
		String name = profile.nameToUse();
		boolean first = this.careExperience.historyOf(careLeaver).isEmpty();
		LocalAuthorityId council = councilOf(form.getCouncil());
		try {
			if (first) {
				if (council == null) {
					errors.rejectValue("council", "missing", "Select the council that looked after them");
				}
				if (!"yes".equals(form.getConfirmed())) {
					errors.rejectValue("confirmed", "missing", "Tick to confirm that " + name
							+ " is care-experienced and was looked after by this council");
				}
				if (!errors.hasErrors()) {
					this.careExperience.confirm(careLeaver, council, user.id(), CareExperience.Confirmer.COORDINATOR);
					redirect.addFlashAttribute("done", "You confirmed " + name + "'s care experience");
					return "redirect:/coordinator/caseload/" + careLeaver;
				}
			}
			else {
				boolean withdraw = WITHDRAW.equals(form.getCorrection());
				if (!withdraw && !COUNCIL.equals(form.getCorrection())) {
					errors.rejectValue("correction", "missing", "Select how to correct it");
				}
				else if (!withdraw && council == null) {
					errors.rejectValue("council", "missing", "Select the council that looked after them");
				}
				String reason = (form.getReason() != null) ? form.getReason().trim() : "";
				if (reason.isEmpty()) {
					errors.rejectValue("reason", "missing", "Enter why you are correcting it");
				}
				else if (reason.length() > CareExperience.REASON_LENGTH) {
					errors.rejectValue("reason", "long", "The reason must be 500 characters or fewer");
				}
				if (!errors.hasErrors()) {
					this.careExperience.correct(careLeaver, withdraw ? null : council, user.id(), reason);
					redirect.addFlashAttribute("done", "You corrected " + name + "'s care experience");
					return "redirect:/coordinator/caseload/" + careLeaver;
				}
			}
		}
		catch (CareExperience.AlreadyConfirmedException ex) {
			errors.reject("already", ex.getMessage());
		}
		return page(profile, model);
	}

	private String page(CareLeaverProfile profile, Model model) {
		List<CareExperience.Confirmation> history = this.careExperience.historyOf(profile.account());
		model.addAttribute("id", profile.account().value());
		model.addAttribute("name", profile.nameToUse());
		model.addAttribute("history", history);
		model.addAttribute("councils", this.pages.councilChoices());
		model.addAttribute("confirmChoices", List.of(Choice.of("yes", "I confirm this")));
		model.addAttribute("correctionChoices",
				List.of(Choice.of(COUNCIL, "Confirm it with the council selected above"),
						Choice.of(WITHDRAW, "Withdraw it: they are not care-experienced, or it cannot be confirmed")));
		model.addAttribute("fields", FIELDS);
		return "matching/care-experience";
	}

	private LocalAuthorityId councilOf(String value) {
		if (value == null) {
			return null;
		}
		try {
			LocalAuthorityId id = new LocalAuthorityId(Integer.parseInt(value.trim()));
			return this.places.localAuthority(id).isPresent() ? id : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The coordinator's answers. */
	public static class CareExperienceForm {

		private String council;

		private String confirmed;

		private String correction;

		private String reason;

		public String getCouncil() {
			return this.council;
		}

		public void setCouncil(String council) {
			this.council = council;
		}

		public String getConfirmed() {
			return this.confirmed;
		}

		public void setConfirmed(String confirmed) {
			this.confirmed = confirmed;
		}

		public String getCorrection() {
			return this.correction;
		}

		public void setCorrection(String correction) {
			this.correction = correction;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

}
