package org.covenantconnects.careleaver;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.covenantconnects.careleaver.CareLeaverForms.ApplyForm;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.TakeUpRoute;

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
 * Where a young person answers someone who put them forward for an opportunity: yes (and,
 * when it is applied for here, what to share with the organisation) or no thanks. Only
 * their own proposals, and only while they wait for an answer; any other answers "not
 * found".
 */
@Controller
class PutForwardController {

	private final Proposals proposals;

	private final Opportunities opportunities;

	PutForwardController(Proposals proposals, Opportunities opportunities) {
		this.proposals = proposals;
		this.opportunities = opportunities;
	}

	@GetMapping("/put-forward/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		Proposals.Proposal proposal = this.proposals.waiting(user.id(), parse(id));
		return page(proposal, new ApplyForm(), model);
	}

	@PostMapping("/put-forward/{id}")
	String yesWithApplication(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@Valid @ModelAttribute("form") ApplyForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Proposals.Proposal proposal = this.proposals.waiting(user.id(), parse(id));
		OpportunityView opportunity = opportunityOf(proposal);
		if (opportunity.details().takeUp() != TakeUpRoute.CONNECTS) {
			throw new CareLeavers.TakeUpRefusedException(
					"This opportunity is not applied for through Covenant Connects");
		}
		Set<Sharing> sharing = form.sharing(errors);
		if (errors.hasErrors()) {
			return page(proposal, form, model);
		}
		this.proposals.acceptWithApplication(user.id(), proposal.id(), sharing, form.getMessage());
		redirect.addFlashAttribute("done",
				"You said yes. Your application to " + opportunity.organisationName() + " has been sent");
		return "redirect:/my-opportunities";
	}

	@PostMapping("/put-forward/{id}/yes")
	String yes(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		Proposals.Proposal proposal = this.proposals.waiting(user.id(), parse(id));
		if (opportunityOf(proposal).details().takeUp() == TakeUpRoute.CONNECTS) {
			return "redirect:/put-forward/" + proposal.id();
		}
		return "redirect:/opportunities/" + this.proposals.acceptElsewhere(user.id(), proposal.id())
				+ "#what-you-can-do";
	}

	@PostMapping("/put-forward/{id}/no")
	String no(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		Proposals.Proposal proposal = this.proposals.waiting(user.id(), parse(id));
		this.proposals.decline(user.id(), proposal.id());
		redirect.addFlashAttribute("done", "You said no thanks. Nothing was sent to the organisation");
		return "redirect:/for-you";
	}

	private String page(Proposals.Proposal proposal, ApplyForm form, Model model) {
		OpportunityView opportunity = opportunityOf(proposal);
		model.addAttribute("proposal", proposal);
		model.addAttribute("opportunity", opportunity);
		model.addAttribute("appliedHere", opportunity.details().takeUp() == TakeUpRoute.CONNECTS);
		model.addAttribute("form", form);
		model.addAttribute("shareChoices", ApplyForm.shareChoices());
		return "careleaver/put-forward";
	}

	private OpportunityView opportunityOf(Proposals.Proposal proposal) {
		return this.opportunities.findPublic(proposal.opportunity())
			.filter(OpportunityView::isOpen)
			.orElseThrow(CareLeavers.NoSuchTakeUpException::new);
	}

	private static UUID parse(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new CareLeavers.NoSuchTakeUpException();
		}
	}

}
