package org.covenantconnects.event.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.covenantconnects.event.Attendee;
import org.covenantconnects.event.Audience;
import org.covenantconnects.event.Event;
import org.covenantconnects.event.EventDetails;
import org.covenantconnects.event.EventKind;
import org.covenantconnects.event.EventTimes;
import org.covenantconnects.event.Events;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.DateAnswer;

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
 * its sign-up list, on which they mark who came. Signatory-organised events, moderated as
 * opportunities are, come later.
 */
@Controller
class CoordinatorEventsController {

	private static final int MOST_PLACES = 1000;

	private static final List<String> FIELDS = List.of("title", "description", "kind", "audiences", "date", "startTime",
			"endTime", "format", "venue", "venueAddress", "joiningLink", "region", "capacity", "accessibility",
			"travelPaid");

	private final Events events;

	private final Places places;

	private final Clock clock;

	CoordinatorEventsController(Events events, Places places, Clock clock) {
		this.events = events;
		this.places = places;
		this.clock = clock;
	}

	@GetMapping("/coordinator/events")
	String list(Model model) {
		Instant now = this.clock.instant();
		List<Event> all = this.events.all();
		List<Event> upcoming = new java.util.ArrayList<>(
				all.stream().filter((e) -> e.details().endsAt().isAfter(now)).toList());
		java.util.Collections.reverse(upcoming);
		model.addAttribute("upcoming", upcoming);
		model.addAttribute("past", all.stream().filter((e) -> !e.details().endsAt().isAfter(now)).toList());
		model.addAttribute("regionNames", EventsController.regionNames(this.places));
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
		EventDetails details = check(form, errors, true);
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
		return "event/coordinator-event";
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
		EventDetails details = event.details();
		EventForm form = new EventForm();
		form.setTitle(details.title());
		form.setDescription(details.description());
		form.setKind(details.kind().name());
		form.setAudiences(details.audiences().stream().map(Audience::name).toList());
		form.setDate(DateAnswer.of(EventTimes.ukDate(details.startsAt())));
		form.setStartTime(EventTimes.time(EventTimes.ukTime(details.startsAt())));
		form.setEndTime(EventTimes.time(EventTimes.ukTime(details.endsAt())));
		form.setFormat(details.online() ? "ONLINE" : "IN_PERSON");
		form.setVenue(details.venue());
		form.setVenueAddress(details.venueAddress());
		form.setJoiningLink(details.joiningLink());
		form.setRegion(details.region().value());
		form.setCapacity(String.valueOf(details.capacity()));
		form.setAccessibility(details.accessibility());
		form.setTravelPaid(details.travelPaid() ? "yes" : "no");
		model.addAttribute("form", form);
		return formPage(event, model);
	}

	@PostMapping("/coordinator/events/{id}/edit")
	String update(@PathVariable UUID id, @ModelAttribute("form") EventForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Event event = load(id);
		EventDetails details = check(form, errors, false);
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
		model.addAttribute("event", event);
		model.addAttribute("fields", FIELDS);
		model.addAttribute("kindChoices",
				Arrays.stream(EventKind.values()).map((k) -> Choice.of(k.name(), k.label())).toList());
		model.addAttribute("audienceChoices",
				Arrays.stream(Audience.values()).map((a) -> Choice.of(a.name(), a.label())).toList());
		model.addAttribute("formatChoices",
				List.of(Choice.of("IN_PERSON", "In person"), Choice.of("ONLINE", "Online")));
		model.addAttribute("regionChoices",
				this.places.regions().stream().map((r) -> Choice.of(r.code().value(), r.name())).toList());
		model.addAttribute("travelChoices", List.of(Choice.of("yes", "Yes"), Choice.of("no", "No")));
		return "event/event-form";
	}

	/** Reads the form; every problem goes to its field, in the order of the page. */
	private EventDetails check(EventForm form, BindingResult errors, boolean isNew) {
		String title = strip(form.getTitle());
		if (title.isEmpty()) {
			errors.rejectValue("title", "required", "Enter the event's title");
		}
		else if (title.length() > EventDetails.LONGEST_TITLE) {
			errors.rejectValue("title", "long", "Title must be " + EventDetails.LONGEST_TITLE + " characters or fewer");
		}
		String description = strip(form.getDescription());
		if (description.isEmpty()) {
			errors.rejectValue("description", "required", "Enter what happens at the event");
		}
		EventKind kind = Arrays.stream(EventKind.values())
			.filter((k) -> k.name().equals(form.getKind()))
			.findFirst()
			.orElse(null);
		if (kind == null) {
			errors.rejectValue("kind", "required", "Select what kind of event it is");
		}
		List<Audience> audiences = Optional.ofNullable(form.getAudiences())
			.orElse(List.of())
			.stream()
			.flatMap((value) -> Arrays.stream(Audience.values()).filter((a) -> a.name().equals(value)))
			.toList();
		if (audiences.isEmpty()) {
			errors.rejectValue("audiences", "required", "Select who the event is for");
		}
		LocalDate today = EventTimes.ukDate(this.clock.instant());
		DateAnswer.Reading reading = Optional.ofNullable(form.getDate())
			.orElseGet(DateAnswer::new)
			.read("The date of the event", "Enter the date of the event", today.getYear() + 1);
		LocalDate date = null;
		if (!reading.isValid()) {
			errors.rejectValue((reading.problem().part() != null) ? "date." + reading.problem().part() : "date",
					"invalid", reading.problem().message());
		}
		else if (isNew && reading.date().isBefore(today)) {
			errors.rejectValue("date", "past", "The date of the event must be today or in the future");
		}
		else {
			date = reading.date();
		}
		LocalTime start = time(form.getStartTime(), "startTime", "start", errors);
		LocalTime end = time(form.getEndTime(), "endTime", "end", errors);
		if (start != null && end != null && !end.isAfter(start)) {
			errors.rejectValue("endTime", "order", "The end time must be after the start time");
		}
		boolean online = "ONLINE".equals(form.getFormat());
		if (!online && !"IN_PERSON".equals(form.getFormat())) {
			errors.rejectValue("format", "required", "Select whether the event is in person or online");
		}
		else if (online) {
			String link = strip(form.getJoiningLink());
			if (link.isEmpty()) {
				errors.rejectValue("joiningLink", "required", "Enter the joining link of the online event");
			}
			else if (!isWebAddress(link)) {
				errors.rejectValue("joiningLink", "invalid",
						"Enter the joining link as a web address starting with https://");
			}
		}
		else {
			if (strip(form.getVenue()).isEmpty()) {
				errors.rejectValue("venue", "required", "Enter the name of the venue");
			}
			if (strip(form.getVenueAddress()).isEmpty()) {
				errors.rejectValue("venueAddress", "required", "Enter the address of the venue");
			}
		}
		RegionCode region = this.places.regions()
			.stream()
			.map((r) -> r.code())
			.filter((code) -> code.value().equals(form.getRegion()))
			.findFirst()
			.orElse(null);
		if (region == null) {
			errors.rejectValue("region", "required", "Select the region the event is in");
		}
		Integer capacity = null;
		String places = strip(form.getCapacity()).replace(",", "");
		if (places.isEmpty()) {
			errors.rejectValue("capacity", "required", "Enter how many places there are");
		}
		else if (!places.matches("\\d{1,4}") || Integer.parseInt(places) < 1
				|| Integer.parseInt(places) > MOST_PLACES) {
			errors.rejectValue("capacity", "invalid", "Places must be a whole number from 1 to " + MOST_PLACES);
		}
		else {
			capacity = Integer.parseInt(places);
		}
		if (!"yes".equals(form.getTravelPaid()) && !"no".equals(form.getTravelPaid())) {
			errors.rejectValue("travelPaid", "required", "Select whether travel to the event is paid");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new EventDetails(title, description, kind, audiences, EventTimes.instant(date, start),
				EventTimes.instant(date, end), online, strip(form.getVenue()), strip(form.getVenueAddress()),
				strip(form.getJoiningLink()), region, capacity, strip(form.getAccessibility()),
				"yes".equals(form.getTravelPaid()));
	}

	private static LocalTime time(String typed, String field, String which, BindingResult errors) {
		if (strip(typed).isEmpty()) {
			errors.rejectValue(field, "required", "Enter the " + which + " time");
			return null;
		}
		Optional<LocalTime> time = EventTimes.parseTime(typed);
		if (time.isEmpty()) {
			errors.rejectValue(field, "invalid",
					"Enter the " + which + " time as a time of day, like 6pm, 6:30pm or 18:30");
		}
		return time.orElse(null);
	}

	private static boolean isWebAddress(String link) {
		try {
			URI uri = new URI(link);
			return "https"
				.equals(Optional.ofNullable(uri.getScheme()).map((s) -> s.toLowerCase(Locale.ROOT)).orElse(""))
					&& uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : "";
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

}
