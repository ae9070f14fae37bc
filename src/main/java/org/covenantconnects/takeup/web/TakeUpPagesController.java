package org.covenantconnects.takeup.web;

import java.util.Set;

import jakarta.validation.Valid;

import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.Opportunities.NoSuchOpportunityException;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.TakeUpRoute;
import org.covenantconnects.takeup.Sharing;
import org.covenantconnects.takeup.TakeUpId;
import org.covenantconnects.takeup.TakeUps;

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
 * A signed-in care leaver acting on an opportunity (save it, say they are interested,
 * apply, show its code) and the list of what they saved and took up. Each acts only on
 * the signed-in person's own data.
 */
@Controller
class TakeUpPagesController {

	private final TakeUps takeUps;

	private final CareLeavers careLeavers;

	private final Opportunities opportunities;

	TakeUpPagesController(TakeUps takeUps, CareLeavers careLeavers, Opportunities opportunities) {
		this.takeUps = takeUps;
		this.careLeavers = careLeavers;
		this.opportunities = opportunities;
	}

	@PostMapping("/opportunities/{id}/save")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
		OpportunityId opportunity = parse(id);
		this.takeUps.save(user.id(), opportunity);
		return "redirect:/opportunities/" + opportunity + "#what-you-can-do";
	}

	@PostMapping("/opportunities/{id}/unsave")
	String unsave(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
		OpportunityId opportunity = parse(id);
		this.takeUps.unsave(user.id(), opportunity);
		return "redirect:/opportunities/" + opportunity + "#what-you-can-do";
	}

	@PostMapping("/opportunities/{id}/interest")
	String interest(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
		OpportunityId opportunity = parse(id);
		this.takeUps.expressInterest(user.id(), opportunity);
		return "redirect:/opportunities/" + opportunity + "#what-you-can-do";
	}

	@PostMapping("/opportunities/{id}/code")
	String code(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
		OpportunityId opportunity = parse(id);
		this.takeUps.claimCode(user.id(), opportunity);
		return "redirect:/opportunities/" + opportunity + "#your-code";
	}

	@GetMapping("/opportunities/{id}/apply")
	String applyForm(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		if (confirmationNeeded(user, parse(id))) {
			return "redirect:/opportunities/" + parse(id) + "#confirmation-needed";
		}
		OpportunityView opportunity = applicable(user, parse(id));
		return applyPage(opportunity, new ApplyForm(), model);
	}

	@PostMapping("/opportunities/{id}/apply")
	String apply(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@Valid @ModelAttribute("form") ApplyForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (confirmationNeeded(user, parse(id))) {
			return "redirect:/opportunities/" + parse(id) + "#confirmation-needed";
		}
		OpportunityView opportunity = applicable(user, parse(id));
		Set<Sharing> sharing = form.sharing(errors);
		if (errors.hasErrors()) {
			return applyPage(opportunity, form, model);
		}
		this.takeUps.apply(user.id(), opportunity.id(), sharing, form.getMessage());
		redirect.addFlashAttribute("done", "Your application to " + opportunity.organisationName() + " has been sent");
		return "redirect:/my-opportunities";
	}

	@GetMapping("/my-opportunities")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		this.careLeavers.profile(user.id()).orElseThrow(TakeUps.NoSuchTakeUpException::new);
		model.addAttribute("mine", this.takeUps.mine(user.id()));
		return "takeup/my-opportunities";
	}

	@PostMapping("/my-opportunities/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		TakeUpId takeUp = TakeUpId.parse(id).orElseThrow(TakeUps.NoSuchTakeUpException::new);
		this.takeUps.withdraw(user.id(), takeUp);
		redirect.addFlashAttribute("done", "You have withdrawn");
		return "redirect:/my-opportunities";
	}

	private String applyPage(OpportunityView opportunity, ApplyForm form, Model model) {
		model.addAttribute("opportunity", opportunity);
		model.addAttribute("form", form);
		model.addAttribute("shareChoices", ApplyForm.shareChoices());
		return "takeup/apply";
	}

	/**
	 * Whether the opportunity is only for young people whose care experience is
	 * confirmed, and the person's is not: its page explains how to get it confirmed.
	 */
	private boolean confirmationNeeded(CurrentUser user, OpportunityId id) {
		return this.opportunities.findPublic(id)
			.map((opportunity) -> this.takeUps.positionOn(user.id(), opportunity).confirmationNeeded())
			.orElse(false);
	}

	/**
	 * An open opportunity applied for through Covenant Connects, which fits the person.
	 */
	private OpportunityView applicable(CurrentUser user, OpportunityId id) {
		OpportunityView opportunity = this.opportunities.findPublic(id)
			.orElseThrow(() -> new NoSuchOpportunityException(id));
		TakeUps.Position position = this.takeUps.positionOn(user.id(), opportunity);
		if (!position.hasProfile() || opportunity.details().takeUp() != TakeUpRoute.CONNECTS || !position.mayApply()) {
			throw new TakeUps.TakeUpRefusedException("You cannot apply for this opportunity");
		}
		return opportunity;
	}

	private static OpportunityId parse(String id) {
		return OpportunityId.parse(id).orElseThrow(() -> new NoSuchOpportunityException(null));
	}

}
