package org.covenantconnects.event.web;

import java.util.List;
import java.util.UUID;

import org.covenantconnects.event.Event;
import org.covenantconnects.event.EventDetails;
import org.covenantconnects.event.Events;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatorySummary;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signatory organisation's events for its own audience: its users propose one, which
 * waits for the Covenant team's review and is shown publicly only once approved; they
 * change one that waits or was returned. Each user reaches only their own organisation's
 * events: any other is not found.
 */
@Controller
class OrganisationEventsController {

	private final Events events;

	private final Signatories signatories;

	private final EventChecks checks;

	OrganisationEventsController(Events events, Signatories signatories, EventChecks checks) {
		this.events = events;
		this.signatories = signatories;
		this.checks = checks;
	}

	@GetMapping("/organisation/events")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		SignatorySummary organisation = organisation(user);
		List<Event> own = this.events.ofOrganisation(organisation.id().value());
		model.addAttribute("organisation", organisation);
		model.addAttribute("events", own);
		return "event/organisation-events";
	}

	@GetMapping("/organisation/events/new")
	String create(@AuthenticationPrincipal CurrentUser user, Model model) {
		signed(user);
		EventForm form = new EventForm();
		form.setCapacity("");
		model.addAttribute("form", form);
		return formPage(null, model);
	}

	@PostMapping("/organisation/events/new")
	String propose(@ModelAttribute("form") EventForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		SignatorySummary organisation = signed(user);
		EventDetails details = this.checks.readForOrganisation(form, errors, true);
		if (errors.hasErrors()) {
			return formPage(null, model);
		}
		Event event = this.events.propose(details, user.id(), organisation.id().value());
		redirect.addFlashAttribute("done", event.details().title()
				+ " is sent to the Covenant team for review; it shows on Connects once they approve it");
		return "redirect:/organisation/events";
	}

	@GetMapping("/organisation/events/{id}/edit")
	String edit(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Event event = own(id, user);
		model.addAttribute("form", EventChecks.formOf(event.details()));
		return formPage(event, model);
	}

	@PostMapping("/organisation/events/{id}/edit")
	String change(@PathVariable UUID id, @ModelAttribute("form") EventForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Event event = own(id, user);
		EventDetails details = this.checks.readForOrganisation(form, errors, true);
		if (errors.hasErrors()) {
			return formPage(event, model);
		}
		this.events.changeProposal(id, details);
		redirect.addFlashAttribute("done", details.title() + " is changed and sent to the Covenant team for review");
		return "redirect:/organisation/events";
	}

	private String formPage(Event event, Model model) {
		return (event != null)
				? this.checks.page(model, event, true, "Change your event",
						"/organisation/events/" + event.id() + "/edit", "/organisation/events", "Send for review")
				: this.checks.page(model, null, true, "Propose an event", "/organisation/events/new",
						"/organisation/events", "Send for review");
	}

	/** The user's organisation; a user of none finds nothing here. */
	private SignatorySummary organisation(CurrentUser user) {
		return this.signatories.ofMember(user.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * The user's organisation, when it has signed the Covenant: only a signatory proposes
	 * events, as only a signatory's opportunities are published.
	 */
	private SignatorySummary signed(CurrentUser user) {
		SignatorySummary organisation = organisation(user);
		if (!organisation.isSigned()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return organisation;
	}

	/**
	 * One of the organisation's events that it may still change (waiting or returned);
	 * any other is not found.
	 */
	private Event own(UUID id, CurrentUser user) {
		SignatorySummary organisation = organisation(user);
		return this.events.find(id)
			.filter((event) -> organisation.id().value().equals(event.organisation()))
			.filter((event) -> !event.isPublished() && !event.isCancelled())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
