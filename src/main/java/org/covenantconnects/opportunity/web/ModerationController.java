package org.covenantconnects.opportunity.web;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityPages;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.Status;
import org.covenantconnects.platform.PageLinks;
import org.covenantconnects.signatory.Signatories;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coordinators moderate submitted opportunities: publish them, or return them to the
 * signatory with reasons; take a published opportunity down with a reason, and put it
 * back. Administrators may read the queue.
 */
@Controller
class ModerationController {

	private static final int MAX_REASON = 1000;

	private final Opportunities opportunities;

	private final Signatories signatories;

	private final OpportunityPages pages;

	ModerationController(Opportunities opportunities, Signatories signatories, OpportunityPages pages) {
		this.opportunities = opportunities;
		this.signatories = signatories;
		this.pages = pages;
	}

	@GetMapping("/coordinator/opportunities")
	String queue(@RequestParam(defaultValue = "1") String page, Model model) {
		int number;
		try {
			number = Integer.parseInt(page.trim());
		}
		catch (NumberFormatException ex) {
			number = 1;
		}
		PageLinks links = PageLinks.of(number, this.opportunities.countAwaitingReview(), PageLinks.DEFAULT_SIZE,
				"/coordinator/opportunities?page=");
		model.addAttribute("opportunities",
				this.opportunities.awaitingReview(links.offset(PageLinks.DEFAULT_SIZE), PageLinks.DEFAULT_SIZE));
		model.addAttribute("pages", links);
		model.addAttribute("takenDown", this.opportunities.takenDown());
		return "opportunity/moderation-queue";
	}

	@GetMapping("/coordinator/opportunities/{id}")
	String review(@PathVariable String id, @ModelAttribute("returnForm") ReturnForm returnForm, Model model) {
		OpportunityView opportunity = load(id);
		if (!model.containsAttribute("takeDownForm")) {
			model.addAttribute("takeDownForm", new ReturnForm());
		}
		model.addAttribute("opportunity", opportunity);
		model.addAttribute("organisation", this.signatories.find(opportunity.signatory()).orElse(null));
		model.addAttribute("facts", this.pages.facts(opportunity.details()));
		model.addAttribute("paragraphs", OpportunityPages.paragraphs(opportunity.details().description()));
		return "opportunity/moderation-review";
	}

	@PostMapping("/coordinator/opportunities/{id}/publish")
	String publish(@PathVariable String id, RedirectAttributes redirect) {
		OpportunityView opportunity = load(id);
		try {
			this.opportunities.publish(opportunity.id());
			redirect.addFlashAttribute("changed", "Published: " + opportunity.details().title());
			return "redirect:/coordinator/opportunities";
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("problem",
					opportunity.status() != Status.SUBMITTED ? "Only an opportunity waiting for review can be published"
							: opportunity.organisationName()
									+ " has not signed the Covenant yet, so its opportunities cannot be published");
			return "redirect:/coordinator/opportunities/" + opportunity.id();
		}
	}

	@PostMapping("/coordinator/opportunities/{id}/return")
	String returnWithReason(@PathVariable String id, @ModelAttribute("returnForm") ReturnForm returnForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		OpportunityView opportunity = load(id);
		String reason = (returnForm.getReason() != null) ? returnForm.getReason() : "";
		if (reason.isBlank()) {
			errors.rejectValue("reason", "missing", "Enter the reasons the organisation will see");
		}
		else if (reason.length() > MAX_REASON) {
			errors.rejectValue("reason", "long", "Reasons must be " + MAX_REASON + " characters or fewer");
		}
		if (errors.hasErrors()) {
			return review(id, returnForm, model);
		}
		try {
			this.opportunities.returnWithReason(opportunity.id(), reason);
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "Only an opportunity waiting for review can be returned");
			return "redirect:/coordinator/opportunities/" + opportunity.id();
		}
		redirect.addFlashAttribute("changed",
				"Returned to " + opportunity.organisationName() + ": " + opportunity.details().title());
		return "redirect:/coordinator/opportunities";
	}

	/**
	 * A coordinator takes a published or closed opportunity down with a reason its
	 * organisation will see.
	 */
	@PostMapping("/coordinator/opportunities/{id}/take-down")
	String takeDown(@PathVariable String id, @ModelAttribute("takeDownForm") ReturnForm takeDownForm,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		OpportunityView opportunity = load(id);
		String reason = (takeDownForm.getReason() != null) ? takeDownForm.getReason().trim() : "";
		if (reason.isEmpty()) {
			errors.rejectValue("reason", "missing", "Enter why it is being taken down");
		}
		else if (reason.length() > MAX_REASON) {
			errors.rejectValue("reason", "long", "The reason must be " + MAX_REASON + " characters or fewer");
		}
		if (errors.hasErrors()) {
			ReturnForm returnForm = new ReturnForm();
			model.addAttribute("returnForm", returnForm);
			return review(id, returnForm, model);
		}
		try {
			this.opportunities.takeDown(opportunity.id(), reason, user.id());
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "Only a published or closed opportunity can be taken down");
			return "redirect:/coordinator/opportunities/" + opportunity.id();
		}
		redirect.addFlashAttribute("changed", "Taken down: " + opportunity.details().title());
		return "redirect:/coordinator/opportunities/" + opportunity.id();
	}

	/** A coordinator puts a taken-down opportunity back. */
	@PostMapping("/coordinator/opportunities/{id}/put-back")
	String putBack(@PathVariable String id, RedirectAttributes redirect) {
		OpportunityView opportunity = load(id);
		try {
			this.opportunities.putBack(opportunity.id());
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "Only an opportunity that was taken down can be put back");
			return "redirect:/coordinator/opportunities/" + opportunity.id();
		}
		redirect.addFlashAttribute("changed", "Put back: " + opportunity.details().title());
		return "redirect:/coordinator/opportunities/" + opportunity.id();
	}

	private OpportunityView load(String id) {
		return OpportunityId.parse(id)
			.flatMap(this.opportunities::find)
			.orElseThrow(() -> new Opportunities.NoSuchOpportunityException(null));
	}

	static class ReturnForm {

		private String reason;

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

}
