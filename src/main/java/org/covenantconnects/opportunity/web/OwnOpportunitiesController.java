package org.covenantconnects.opportunity.web;

import java.util.Locale;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityDetails;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityPages;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.Outcome;
import org.covenantconnects.opportunity.Scope;
import org.covenantconnects.opportunity.TakeUpRoute;
import org.covenantconnects.opportunity.internal.Opportunity;
import org.covenantconnects.places.Places;
import org.covenantconnects.signatory.Signatories;

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
 * A signatory user's own organisation's opportunities: list, create, change, submit for
 * review, confirm, close. Another organisation's opportunity answers "page not found".
 */
@Controller
class OwnOpportunitiesController {

	private final Opportunities opportunities;

	private final Signatories signatories;

	private final Places places;

	private final OpportunityPages pages;

	OwnOpportunitiesController(Opportunities opportunities, Signatories signatories, Places places,
			OpportunityPages pages) {
		this.opportunities = opportunities;
		this.signatories = signatories;
		this.places = places;
		this.pages = pages;
	}

	@GetMapping("/organisation/opportunities")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("organisation", this.signatories.ofMember(user.id()).orElse(null));
		model.addAttribute("opportunities", this.opportunities.ofOrganisation(user.id()));
		return "opportunity/own-list";
	}

	@GetMapping("/organisation/opportunities/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") OpportunityForm form,
			Model model) {
		requireOrganisation(user);
		return form(model, null);
	}

	@PostMapping("/organisation/opportunities/new")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") OpportunityForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		requireOrganisation(user);
		OpportunityDetails details = form.toDetails(this.places, errors);
		if (details == null) {
			return form(model, null);
		}
		OpportunityId id = this.opportunities.createDraft(user.id(), details);
		redirect.addFlashAttribute("changed", "Draft saved");
		return "redirect:/organisation/opportunities/" + id;
	}

	@GetMapping("/organisation/opportunities/{id}")
	String view(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		OpportunityView opportunity = own(user, id);
		model.addAttribute("opportunity", opportunity);
		model.addAttribute("facts", this.pages.facts(opportunity.details()));
		model.addAttribute("paragraphs", OpportunityPages.paragraphs(opportunity.details().description()));
		return "opportunity/own-view";
	}

	@GetMapping("/organisation/opportunities/{id}/edit")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		OpportunityView opportunity = own(user, id);
		model.addAttribute("form", OpportunityForm.of(opportunity.details(), this.places));
		return form(model, opportunity);
	}

	@PostMapping("/organisation/opportunities/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@ModelAttribute("form") OpportunityForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		OpportunityView opportunity = own(user, id);
		OpportunityDetails details = form.toDetails(this.places, errors);
		if (details == null) {
			return form(model, opportunity);
		}
		try {
			this.opportunities.edit(user.id(), opportunity.id(), details);
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "This opportunity cannot be changed while it is "
					+ opportunity.status().label().toLowerCase(Locale.UK));
			return "redirect:/organisation/opportunities/" + opportunity.id();
		}
		redirect.addFlashAttribute("changed", "Changes saved");
		return "redirect:/organisation/opportunities/" + opportunity.id();
	}

	@PostMapping("/organisation/opportunities/{id}/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		OpportunityView opportunity = own(user, id);
		return act(redirect, opportunity, () -> this.opportunities.submit(user.id(), opportunity.id()),
				"Sent to the Covenant team for review", "Only a draft can be sent for review");
	}

	@PostMapping("/organisation/opportunities/{id}/confirm")
	String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		OpportunityView opportunity = own(user, id);
		return act(redirect, opportunity, () -> this.opportunities.confirmStillAvailable(user.id(), opportunity.id()),
				"Thank you: you have confirmed it is still available", "Only a published opportunity can be confirmed");
	}

	@PostMapping("/organisation/opportunities/{id}/close")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		OpportunityView opportunity = own(user, id);
		return act(redirect, opportunity, () -> this.opportunities.close(user.id(), opportunity.id()),
				"Opportunity closed", "Only a published opportunity can be closed");
	}

	@PostMapping("/organisation/opportunities/{id}/archive")
	String archive(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		OpportunityView opportunity = own(user, id);
		try {
			this.opportunities.archive(user.id(), opportunity.id());
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "Only a closed opportunity or a draft can be archived");
			return "redirect:/organisation/opportunities/" + opportunity.id();
		}
		redirect.addFlashAttribute("changed", "‘" + opportunity.details().title() + "’ archived");
		return "redirect:/organisation/opportunities";
	}

	private String act(RedirectAttributes redirect, OpportunityView opportunity, Runnable action, String done,
			String refused) {
		try {
			action.run();
			redirect.addFlashAttribute("changed", done);
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("problem", refused);
		}
		return "redirect:/organisation/opportunities/" + opportunity.id();
	}

	private String form(Model model, OpportunityView opportunity) {
		model.addAttribute("opportunity", opportunity);
		model.addAttribute("types", OpportunityPages.choices(OpportunityType.values(), OpportunityType::label));
		model.addAttribute("categories", OpportunityPages.choices(Category.values(), Category::label));
		model.addAttribute("outcomeChoices", OpportunityPages.choices(Outcome.values(), Outcome::label));
		model.addAttribute("scopes", OpportunityPages.choices(Scope.values(), Scope::label));
		model.addAttribute("regionChoices", this.pages.regionChoices());
		model.addAttribute("routes", OpportunityPages.choices(TakeUpRoute.values(), TakeUpRoute::label));
		model.addAttribute("barrierChoices",
				java.util.List.of(org.covenantconnects.platform.Choice.of(OpportunityForm.TRAVEL, "Travel costs paid"),
						org.covenantconnects.platform.Choice.of(OpportunityForm.CLOTHING,
								"Clothing or equipment provided"),
						org.covenantconnects.platform.Choice.of(OpportunityForm.INTERVIEW, "Guaranteed interview"),
						org.covenantconnects.platform.Choice.of(OpportunityForm.ADVISER,
								"Care leavers can apply with their adviser")));
		model.addAttribute("internshipChoices", java.util.List.of(
				org.covenantconnects.platform.Choice.of(OpportunityForm.WEEKS, "Lasts at least 12 weeks"),
				org.covenantconnects.platform.Choice.of(OpportunityForm.WAGE, "Paid at or above the local living wage"),
				org.covenantconnects.platform.Choice.of(OpportunityForm.MENTOR, "Has a mentor or workplace coach"),
				org.covenantconnects.platform.Choice.of(OpportunityForm.SKILLS, "Skills are certified"),
				org.covenantconnects.platform.Choice.of(OpportunityForm.JOB,
						"Leads to a real job, for example a guaranteed interview")));
		model.addAttribute("confirmedOnlyChoices",
				java.util.List.of(
						org.covenantconnects.platform.Choice.of(OpportunityForm.NO, "No, any care leaver it fits"),
						org.covenantconnects.platform.Choice.of(OpportunityForm.YES,
								"Yes, only young people whose care experience is confirmed")));
		model.addAttribute("fields", OpportunityForm.FIELDS);
		return "opportunity/own-form";
	}

	private void requireOrganisation(CurrentUser user) {
		if (this.signatories.ofMember(user.id()).isEmpty()) {
			throw new Opportunities.NoSuchOpportunityException(null);
		}
	}

	private OpportunityView own(CurrentUser user, String id) {
		return OpportunityId.parse(id)
			.flatMap((opportunityId) -> this.opportunities.findOwn(user.id(), opportunityId))
			.orElseThrow(() -> new Opportunities.NoSuchOpportunityException(null));
	}

}
