package org.covenantconnects.adviserlink.web;

import java.util.List;
import java.util.UUID;

import org.covenantconnects.adviserlink.Links;
import org.covenantconnects.careleaver.CareExperience;
import org.covenantconnects.identity.CurrentUser;
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
 * A personal adviser confirms, once, that a young person linked with them is
 * care-experienced and which council looked after them. Only through the adviser's own
 * active link; any other young person is answered as not found.
 */
@Controller
class AdviserConfirmationController {

	static final List<String> FIELDS = List.of("council", "confirmed");

	private final Links links;

	private final OpportunityPages pages;

	private final Places places;

	AdviserConfirmationController(Links links, OpportunityPages pages, Places places) {
		this.links = links;
		this.pages = pages;
		this.places = places;
	}

	@GetMapping("/supporter/young-people/{id}/care-experience")
	String page(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		UUID link = PeopleWhoHelpYouController.parse(id);
		ConfirmForm form = new ConfirmForm();
		form.setCouncil(String.valueOf(this.links.statedCouncilThrough(user.id(), link).value()));
		model.addAttribute("form", form);
		return page(user, link, model);
	}

	@PostMapping("/supporter/young-people/{id}/care-experience")
	String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@ModelAttribute("form") ConfirmForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		UUID link = PeopleWhoHelpYouController.parse(id);
		String name = this.links.nameOf(this.links.linkOf(user.id(), link).careLeaver());
		LocalAuthorityId council = councilOf(form.getCouncil());
		if (council == null) {
			errors.rejectValue("council", "missing", "Select the council that looked after them");
		}
		if (!"yes".equals(form.getConfirmed())) {
			errors.rejectValue("confirmed", "missing",
					"Tick to confirm that " + name + " is care-experienced and was looked after by this council");
		}
		if (!errors.hasErrors()) {
			try {
				this.links.confirmCareExperience(user.id(), link, council);
				redirect.addFlashAttribute("done", "You confirmed " + name + "'s care experience");
				return "redirect:/supporter/young-people/" + link;
			}
			catch (CareExperience.AlreadyConfirmedException ex) {
				errors.reject("already", ex.getMessage());
			}
		}
		return page(user, link, model);
	}

	private String page(CurrentUser user, UUID link, Model model) {
		List<CareExperience.Confirmation> history = this.links.careExperienceThrough(user.id(), link);
		model.addAttribute("link", link);
		model.addAttribute("name", this.links.nameOf(this.links.linkOf(user.id(), link).careLeaver()));
		model.addAttribute("history", history);
		model.addAttribute("councils", this.pages.councilChoices());
		model.addAttribute("confirmChoices", List.of(Choice.of("yes", "I confirm this")));
		model.addAttribute("fields", FIELDS);
		return "adviserlink/care-experience";
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

	/** The adviser's answers. */
	public static class ConfirmForm {

		private String council;

		private String confirmed;

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

	}

}
