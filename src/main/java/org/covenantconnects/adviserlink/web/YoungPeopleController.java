package org.covenantconnects.adviserlink.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.covenantconnects.adviserlink.Link;
import org.covenantconnects.adviserlink.Links;
import org.covenantconnects.adviserlink.internal.SuggestSection;
import org.covenantconnects.careleaver.CareExperience;
import org.covenantconnects.event.Event;
import org.covenantconnects.event.SignUpRequests;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.RateLimits;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.EmailAddress;
import org.covenantconnects.supporter.Supporters;
import org.covenantconnects.takeup.Proposals;
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
 * A verified supporter's young people: those linked with them and how each is getting on,
 * invitations waiting for their answer, asking a young person to link, and suggesting an
 * opportunity. A supporter sees only the young people linked with them; any other is
 * answered as not found. Supporters who are not verified are sent to their home.
 */
@Controller
public class YoungPeopleController {

	private final Links links;

	private final Supporters supporters;

	private final Opportunities opportunities;

	private final RateLimits rateLimits;

	private final Proposals proposals;

	private final SignUpRequests signUpRequests;

	YoungPeopleController(Links links, Supporters supporters, Opportunities opportunities, RateLimits rateLimits,
			Proposals proposals, SignUpRequests signUpRequests) {
		this.proposals = proposals;
		this.signUpRequests = signUpRequests;
		this.links = links;
		this.supporters = supporters;
		this.opportunities = opportunities;
		this.rateLimits = rateLimits;
	}

	@GetMapping("/supporter/young-people")
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!this.supporters.isVerified(user.id())) {
			return "redirect:/supporter";
		}
		model.addAttribute("linked", this.links.youngPeopleWithLatestOf(user.id()));
		model.addAttribute("invitations", this.links.invitationsFor(user.id())
			.stream()
			.map((link) -> new PeopleWhoHelpYouController.Person(link.id(), this.links.nameOf(link.careLeaver())))
			.toList());
		model.addAttribute("asked",
				this.links.requestsSentBy(user.id())
					.stream()
					.map((link) -> new PeopleWhoHelpYouController.Person(link.id(), link.invitedEmail()))
					.toList());
		return "adviserlink/young-people";
	}

	@GetMapping("/supporter/young-people/ask")
	String askForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!this.supporters.isVerified(user.id())) {
			return "redirect:/supporter";
		}
		model.addAttribute("form", new EmailForm());
		return "adviserlink/ask";
	}

	@PostMapping("/supporter/young-people/ask")
	String ask(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") EmailForm form,
			BindingResult errors, RedirectAttributes redirect) {
		if (!this.supporters.isVerified(user.id())) {
			return "redirect:/supporter";
		}
		if (errors.hasErrors()) {
			return "adviserlink/ask";
		}
		if (EmailAddress.same(form.getEmail(), user.getUsername())) {
			errors.rejectValue("email", "own", "Enter the young person's email address, not your own");
			return "adviserlink/ask";
		}
		if (!this.rateLimits.tryAcquire(RateLimits.Action.LINK_REQUEST, user.id().toString())) {
			errors.rejectValue("email", "rate",
					"You have sent " + this.rateLimits.capacity(RateLimits.Action.LINK_REQUEST)
							+ " requests in the last hour. Try again later");
			return "adviserlink/ask";
		}
		this.links.askCareLeaver(user.id(), form.getEmail());
		// The same words whether or not the address has an account.
		redirect.addFlashAttribute("done", "Your request is waiting for " + form.getEmail().trim()
				+ ". If they have an account and say yes, they will show here");
		return "redirect:/supporter/young-people";
	}

	@PostMapping("/supporter/young-people/invitations/{id}/accept")
	String accept(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		this.links.acceptInvitation(user.id(), PeopleWhoHelpYouController.parse(id));
		redirect.addFlashAttribute("done", "You are now linked");
		return "redirect:/supporter/young-people";
	}

	@PostMapping("/supporter/young-people/invitations/{id}/decline")
	String decline(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
		this.links.declineInvitation(user.id(), PeopleWhoHelpYouController.parse(id));
		redirect.addFlashAttribute("done", "You declined the invitation");
		return "redirect:/supporter/young-people";
	}

	@GetMapping("/supporter/young-people/{id}")
	String youngPerson(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		model.addAttribute("eventForm", new EventSignUpForm());
		return youngPersonPage(user, PeopleWhoHelpYouController.parse(id), model);
	}

	/**
	 * The adviser asks to sign a linked young person up for an event for care leavers:
	 * they are emailed and say yes or no thanks themselves; nothing is booked until then.
	 */
	@PostMapping("/supporter/young-people/{id}/events")
	String askToSignUp(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@ModelAttribute("eventForm") EventSignUpForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!this.supporters.isVerified(user.id())) {
			return "redirect:/supporter";
		}
		UUID linkId = PeopleWhoHelpYouController.parse(id);
		// Only a young person linked with this adviser; any other is not found.
		Link link = this.links.linkOf(user.id(), linkId);
		Optional<Event> event = parseUuid(form.getEvent()).flatMap((eventId) -> this.signUpRequests.open()
			.stream()
			.filter((open) -> open.id().equals(eventId))
			.findFirst());
		if (event.isEmpty()) {
			errors.rejectValue("event", "missing", "Select the event to sign them up for");
			return youngPersonPage(user, linkId, model);
		}
		String name = this.links.nameOf(link.careLeaver());
		boolean asked = this.signUpRequests.ask(event.get().id(), link.careLeaver(), user.id(), user.displayName());
		redirect.addFlashAttribute("done",
				asked ? "We have asked " + name + " if they want to go to " + event.get().details().title()
						+ ". They are signed up only if they say yes"
						: "You have already asked " + name + " about " + event.get().details().title()
								+ ": we are waiting for their answer");
		return "redirect:/supporter/young-people/" + linkId;
	}

	private static Optional<UUID> parseUuid(String id) {
		try {
			return Optional.ofNullable(id).filter((text) -> !text.isBlank()).map(UUID::fromString);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private String youngPersonPage(CurrentUser user, UUID linkId, Model model) {
		Link link = this.links.linkOf(user.id(), linkId);
		List<TakeUps.Progress> progress = this.links.progressThrough(user.id(), linkId);
		model.addAttribute("name", this.links.nameOf(link.careLeaver()));
		model.addAttribute("progress", progress);
		List<CareExperience.Confirmation> careExperience = this.links.careExperienceThrough(user.id(), linkId);
		model.addAttribute("linkId", linkId);
		model.addAttribute("careExperience",
				careExperience.isEmpty() ? null : careExperience.get(careExperience.size() - 1));
		model.addAttribute("suggested",
				this.links.suggestedThrough(user.id(), linkId)
					.stream()
					.flatMap((opportunity) -> this.opportunities.find(opportunity).stream())
					.toList());
		model.addAttribute("referrals",
				this.proposals.madeFor(link.careLeaver())
					.stream()
					.filter((proposal) -> user.id().equals(proposal.proposedBy()))
					.flatMap((proposal) -> this.opportunities.find(proposal.opportunity())
						.map((opportunity) -> new Referral(opportunity,
								(proposal.answer() != null) ? proposal.answer().label() : "Waiting for their answer"))
						.stream())
					.toList());
		model.addAttribute("eventChoices",
				this.signUpRequests.open()
					.stream()
					.map((event) -> Choice.of(event.id().toString(), event.details().title() + ", " + event.when()))
					.toList());
		model.addAttribute("eventRequests", this.signUpRequests.madeBy(user.id(), link.careLeaver()));
		model.addAttribute("eventFields", List.of("event"));
		return "adviserlink/young-person";
	}

	/** The event an adviser asks to sign a young person up for. */
	public static class EventSignUpForm {

		private String event;

		public String getEvent() {
			return this.event;
		}

		public void setEvent(String event) {
			this.event = event;
		}

	}

	/** An opportunity the supporter referred the young person for, and their answer. */
	record Referral(OpportunityView opportunity, String answer) {

	}

	@PostMapping("/opportunities/{id}/suggest")
	String suggest(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@ModelAttribute("suggestForm") SuggestForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!this.supporters.isVerified(user.id())) {
			return "redirect:/supporter";
		}
		OpportunityView opportunity = OpportunityId.parse(id)
			.flatMap(this.opportunities::findPublic)
			.filter(OpportunityView::isOpen)
			.orElseThrow(() -> new Opportunities.NoSuchOpportunityException(null));
		Link link = null;
		if (form.getLink() == null || form.getLink().isBlank()) {
			errors.rejectValue("link", "missing", "Select the young person it is for");
		}
		else {
			link = this.links.linkOf(user.id(), PeopleWhoHelpYouController.parse(form.getLink()));
		}
		if (!"SUGGEST".equals(form.getKind()) && !"REFER".equals(form.getKind())) {
			errors.rejectValue("kind", "missing", "Select whether to suggest it or refer them");
		}
		if (errors.hasErrors()) {
			return suggestPage(user, opportunity, model);
		}
		UUID linkId = link.id();
		String name = this.links.nameOf(link.careLeaver());
		if ("SUGGEST".equals(form.getKind())) {
			this.links.suggest(user.id(), linkId, opportunity.id());
			redirect.addFlashAttribute("done", "We have suggested it to " + name);
			return "redirect:/supporter/young-people/" + linkId;
		}
		try {
			this.proposals.propose(new Proposals.Proposer(user.id(), Role.SUPPORTER, user.displayName()),
					link.careLeaver(), opportunity.id(), List.of());
		}
		catch (TakeUps.TakeUpRefusedException ex) {
			errors.rejectValue("link", "refused", ex.getMessage());
			return suggestPage(user, opportunity, model);
		}
		redirect.addFlashAttribute("done",
				"We have asked " + name + " if they want to be referred. Their application goes only if they say yes");
		return "redirect:/supporter/young-people/" + linkId;
	}

	private String suggestPage(CurrentUser user, OpportunityView opportunity, Model model) {
		model.addAttribute("opportunity", opportunity);
		model.addAttribute("choices", SuggestSection.choices(this.links, user.id()));
		model.addAttribute("kindChoices", SuggestForm.KINDS);
		return "adviserlink/suggest-page";
	}

	/** The young person an opportunity is suggested to, named by their link. */
	public static class SuggestForm {

		public static final List<Choice> KINDS = List.of(
				Choice.of("SUGGEST", "Suggest it: it shows at the top of their For you"),
				Choice.of("REFER", "Refer them: they are asked to say yes before anything is sent"));

		private String link;

		private String kind;

		public String getKind() {
			return this.kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getLink() {
			return this.link;
		}

		public void setLink(String link) {
			this.link = link;
		}

	}

}
