package org.covenantconnects.event.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.covenantconnects.event.Attendee;
import org.covenantconnects.event.Event;
import org.covenantconnects.event.EventDetails;
import org.covenantconnects.event.Events;
import org.covenantconnects.event.Review;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.places.Places;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coordinators organise events: the list, a new event, changing one, cancelling one, and
 * its sign-up list, on which they mark who came. They also moderate the events signatory
 * organisations propose, as they moderate opportunities: approve one, or return it with
 * the reasons the organisation sees.
 */
@Controller
class CoordinatorEventsController {

	private static final int MAX_REASON = 1000;

	private final Events events;

	private final Places places;

	private final EventChecks checks;

	private final Signatories signatories;

	private final Clock clock;

	CoordinatorEventsController(Events events, Places places, EventChecks checks, Signatories signatories,
			Clock clock) {
		this.events = events;
		this.places = places;
		this.checks = checks;
		this.signatories = signatories;
		this.clock = clock;
	}

	@GetMapping("/coordinator/events")
	String list(Model model) {
		Instant now = this.clock.instant();
		List<Event> all = this.events.all().stream().filter((e) -> e.review() != Review.RETURNED).toList();
		List<Event> upcoming = new java.util.ArrayList<>(
				all.stream().filter((e) -> e.isPublished() && e.details().endsAt().isAfter(now)).toList());
		java.util.Collections.reverse(upcoming);
		model.addAttribute("awaitingReview", this.events.awaitingReview());
		model.addAttribute("upcoming", upcoming);
		model.addAttribute("past",
				all.stream().filter((e) -> e.isPublished() && !e.details().endsAt().isAfter(now)).toList());
		model.addAttribute("regionNames", EventsController.regionNames(this.places));
		model.addAttribute("organisations", organisationNames(this.events.awaitingReview()));
		return "event/coordinator-events";
	}

	@GetMapping("/coordinator/events/new")
	String create(Model model) {
		EventForm form = new EventForm();
		form.setCapacity("");
		model.addAttribute("form", form);
		return formPage(null, model);
	}

	@PostMapping("/coordinator/events/new")
	String save(@ModelAttribute("form") EventForm form, BindingResult errors, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		EventDetails details = this.checks.read(form, errors, true);
		if (errors.hasErrors()) {
			return formPage(null, model);
		}
		Event event = this.events.create(details, user.id());
		redirect.addFlashAttribute("done", event.details().title() + " is published");
		return "redirect:/coordinator/events/" + event.id();
	}

	@GetMapping("/coordinator/events/{id}")
	String event(@PathVariable UUID id, Model model) {
		Event event = load(id);
		List<Attendee> signUps = this.events.signUps(id);
		model.addAttribute("event", event);
		model.addAttribute("regionName", EventsController.regionNames(this.places).get(event.details().region()));
		model.addAttribute("withPlaces", signUps.stream().filter((a) -> a.signUp().hasPlace()).toList());
		model.addAttribute("waiting", signUps.stream().filter((a) -> a.signUp().isWaiting()).toList());
		model.addAttribute("started", event.hasStarted(this.clock.instant()));
		model.addAttribute("organisationName", organisationNames(List.of(event)).get(event.organisation()));
		if (!model.containsAttribute("returnForm")) {
			model.addAttribute("returnForm", new ReturnForm());
		}
		return "event/coordinator-event";
	}

	@PostMapping("/coordinator/events/{id}/approve")
	String approve(@PathVariable UUID id, RedirectAttributes redirect) {
		Event event = load(id);
		try {
			this.events.approve(id);
			redirect.addFlashAttribute("done", event.details().title() + " is published; its organisation is told");
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("done", "Only an event waiting for review can be approved");
		}
		return "redirect:/coordinator/events/" + id;
	}

	@PostMapping("/coordinator/events/{id}/return")
	String returnWithReason(@PathVariable UUID id, @ModelAttribute("returnForm") ReturnForm returnForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Event event = load(id);
		String reason = (returnForm.getReason() != null) ? returnForm.getReason().strip() : "";
		if (reason.isEmpty()) {
			errors.rejectValue("reason", "missing", "Enter the reasons the organisation will see");
		}
		else if (reason.length() > MAX_REASON) {
			errors.rejectValue("reason", "long", "Reasons must be " + MAX_REASON + " characters or fewer");
		}
		if (errors.hasErrors()) {
			return event(id, model);
		}
		try {
			this.events.returnWithReason(id, reason);
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("done", "Only an event waiting for review can be returned");
			return "redirect:/coordinator/events/" + id;
		}
		redirect.addFlashAttribute("done",
				event.details().title() + " is returned to its organisation with your reasons");
		return "redirect:/coordinator/events";
	}

	@PostMapping("/coordinator/events/{id}/attendance")
	String attendance(@PathVariable UUID id, @RequestParam(name = "came", required = false) List<String> came,
			RedirectAttributes redirect) {
		load(id);
		Set<AccountId> people = Optional.ofNullable(came)
			.orElse(List.of())
			.stream()
			.flatMap((value) -> parse(value).stream())
			.map(AccountId::new)
			.collect(Collectors.toSet());
		this.events.markAttendance(id, people);
		redirect.addFlashAttribute("done", "Attendance saved: " + people.size() + " came");
		return "redirect:/coordinator/events/" + id;
	}

	@GetMapping("/coordinator/events/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		Event event = load(id);
		model.addAttribute("form", EventChecks.formOf(event.details()));
		return formPage(event, model);
	}

	@PostMapping("/coordinator/events/{id}/edit")
	String update(@PathVariable UUID id, @ModelAttribute("form") EventForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Event event = load(id);
		EventDetails details = this.checks.read(form, errors, false);
		if (!errors.hasErrors()) {
			try {
				this.events.update(id, details);
			}
			catch (Events.TooFewPlacesException ex) {
				errors.rejectValue("capacity", "few",
						"Places must be at least " + ex.taken() + ", the places already given");
			}
		}
		if (errors.hasErrors()) {
			return formPage(event, model);
		}
		redirect.addFlashAttribute("done", "Your changes to " + details.title() + " are saved");
		return "redirect:/coordinator/events/" + id;
	}

	@GetMapping("/coordinator/events/{id}/cancel")
	String confirmCancel(@PathVariable UUID id, Model model) {
		model.addAttribute("event", load(id));
		return "event/cancel";
	}

	@PostMapping("/coordinator/events/{id}/cancel")
	String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
		Event event = load(id);
		this.events.cancel(id);
		redirect.addFlashAttribute("done",
				event.details().title() + " is cancelled; everyone signed up has been told by email");
		return "redirect:/coordinator/events";
	}

	private String formPage(Event event, Model model) {
		return (event != null) ? this.checks.page(model, event, false, "Change the event",
				"/coordinator/events/" + event.id() + "/edit", "/coordinator/events/" + event.id(), "Save the changes")
				: this.checks.page(model, null, false, "Add an event", "/coordinator/events/new", "/coordinator/events",
						"Add the event");
	}

	/** The names of the organisations that proposed these events, by id. */
	private java.util.Map<UUID, String> organisationNames(List<Event> proposed) {
		java.util.Map<UUID, String> names = new java.util.HashMap<>();
		for (Event event : proposed) {
			if (event.organisation() != null) {
				this.signatories.find(new SignatoryId(event.organisation()))
					.map(SignatorySummary::name)
					.ifPresent((name) -> names.put(event.organisation(), name));
			}
		}
		return names;
	}

	private static Optional<UUID> parse(String value) {
		try {
			return Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private Event load(UUID id) {
		return this.events.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The reasons a coordinator returns a proposed event with. */
	public static class ReturnForm {

		private String reason;

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

}
