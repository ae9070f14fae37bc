package org.covenantconnects.takeup.web;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.TakeUpRoute;
import org.covenantconnects.takeup.Proposals;
import org.covenantconnects.takeup.Sharing;
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
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model,
			RedirectAttributes redirect) {
		Optional<String> closed = closed(user, parse(id), redirect);
		if (closed.isPresent()) {
			return closed.get();
		}
		return page(this.proposals.waiting(user.id(), parse(id)), new ApplyForm(), model);
	}

	/**
	 * Where to send a young person whose proposal can no longer be answered (answered
	 * already, or the opportunity closed), with a message saying why; empty if it can be.
	 * @throws TakeUps.NoSuchTakeUpException if it is not theirs
	 */
	private Optional<String> closed(CurrentUser user, UUID id, RedirectAttributes redirect) {
		Proposals.Proposal proposal = this.proposals.find(user.id(), id)
			.orElseThrow(TakeUps.NoSuchTakeUpException::new);
		if (proposal.answer() == Proposals.Answer.ACCEPTED) {
			redirect.addFlashAttribute("done", "You have already said yes to this");
			return Optional.of("redirect:/my-opportunities");
		}
		if (proposal.answer() != null) {
			redirect.addFlashAttribute("done", "You have already said no thanks to this");
			return Optional.of("redirect:/for-you");
		}
		if (this.opportunities.findPublic(proposal.opportunity()).filter(OpportunityView::isOpen).isEmpty()) {
			redirect.addFlashAttribute("done",
					"That opportunity has closed, so it cannot be taken up now. Nothing was sent");
			return Optional.of("redirect:/for-you");
		}
		return Optional.empty();
	}

	@PostMapping("/put-forward/{id}")
	String yesWithApplication(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@Valid @ModelAttribute("form") ApplyForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Optional<String> closed = closed(user, parse(id), redirect);
		if (closed.isPresent()) {
			return closed.get();
		}
		Proposals.Proposal proposal = this.proposals.waiting(user.id(), parse(id));
		OpportunityView opportunity = opportunityOf(proposal);
		if (opportunity.details().takeUp() != TakeUpRoute.CONNECTS) {
			return "redirect:/put-forward/" + proposal.id();
		}
		Set<Sharing> sharing = form.sharing(errors);
		if (errors.hasErrors()) {
			return page(proposal, form, model);
		}
		try {
			this.proposals.acceptWithApplication(user.id(), proposal.id(), sharing, form.getMessage());
		}
		catch (TakeUps.TakeUpRefusedException ex) {
			errors.rejectValue("share", "refused", refusal(ex));
			return page(proposal, form, model);
		}
		redirect.addFlashAttribute("done",
				"You said yes. Your application to " + opportunity.organisationName() + " has been sent");
		return "redirect:/my-opportunities";
	}

	@PostMapping("/put-forward/{id}/yes")
	String yes(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		Optional<String> closed = closed(user, parse(id), redirect);
		if (closed.isPresent()) {
			return closed.get();
		}
		Proposals.Proposal proposal = this.proposals.waiting(user.id(), parse(id));
		if (opportunityOf(proposal).details().takeUp() == TakeUpRoute.CONNECTS) {
			return "redirect:/put-forward/" + proposal.id();
		}
		try {
			return "redirect:/opportunities/" + this.proposals.acceptElsewhere(user.id(), proposal.id())
					+ "#what-you-can-do";
		}
		catch (TakeUps.TakeUpRefusedException ex) {
			redirect.addFlashAttribute("done", refusal(ex));
			return "redirect:/for-you";
		}
	}

	@PostMapping("/put-forward/{id}/no")
	String no(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		Optional<String> closed = closed(user, parse(id), redirect);
		if (closed.isPresent()) {
			return closed.get();
		}
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
		return "takeup/put-forward";
	}

	private OpportunityView opportunityOf(Proposals.Proposal proposal) {
		return this.opportunities.findPublic(proposal.opportunity())
			.filter(OpportunityView::isOpen)
			.orElseThrow(TakeUps.NoSuchTakeUpException::new);
	}

	/** Why a yes could not be taken, in the young person's words. */
	private static String refusal(TakeUps.TakeUpRefusedException ex) {
		return switch (ex.getMessage()) {
			case "Already applied" -> "You have already applied for this, so there is nothing more to send";
			case "This opportunity is not open to you" ->
				"This opportunity is no longer open to you, for example because of your age. Nothing was sent";
			default -> ex.getMessage();
		};
	}

	private static UUID parse(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new TakeUps.NoSuchTakeUpException();
		}
	}

}
