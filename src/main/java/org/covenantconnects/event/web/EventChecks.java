package org.covenantconnects.event.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.covenantconnects.event.Audience;
import org.covenantconnects.event.Event;
import org.covenantconnects.event.EventDetails;
import org.covenantconnects.event.EventKind;
import org.covenantconnects.event.EventTimes;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.Choice;
import org.covenantconnects.platform.DateAnswer;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The event form's checks and choices, for coordinators and for signatory users, who
 * propose events for their own audience (not for staff, and not network meetings).
 */
@Component
class EventChecks {

	static final int MOST_PLACES = 1000;

	static final List<String> FIELDS = List.of("title", "description", "kind", "audiences", "date", "startTime",
			"endTime", "format", "venue", "venueAddress", "joiningLink", "region", "capacity", "accessibility",
			"travelPaid");

	private final Places places;

	private final Clock clock;

	EventChecks(Places places, Clock clock) {
		this.places = places;
		this.clock = clock;
	}

	/**
	 * The kinds of event one may choose: an organisation does not hold network meetings.
	 */
	static List<EventKind> kinds(boolean organisation) {
		return Arrays.stream(EventKind.values())
			.filter((k) -> !organisation || k != EventKind.NETWORK_MEETING)
			.toList();
	}

	/**
	 * Whom an event may be for: an organisation's events are not for the Covenant's
	 * staff.
	 */
	static List<Audience> audiences(boolean organisation) {
		return Arrays.stream(Audience.values()).filter((a) -> !organisation || a != Audience.STAFF).toList();
	}

	/**
	 * Puts on the model what the form page needs.
	 * @param action where the form is sent
	 * @param back where "Back" goes
	 */
	String page(Model model, Event event, boolean organisation, String heading, String action, String back,
			String button) {
		model.addAttribute("event", event);
		model.addAttribute("heading", heading);
		model.addAttribute("formAction", action);
		model.addAttribute("backLink", back);
		model.addAttribute("button", button);
		model.addAttribute("fields", FIELDS);
		model.addAttribute("kindChoices",
				kinds(organisation).stream().map((k) -> Choice.of(k.name(), k.label())).toList());
		model.addAttribute("audienceChoices",
				audiences(organisation).stream().map((a) -> Choice.of(a.name(), a.label())).toList());
		model.addAttribute("audienceHint", organisation
				? "Only they can sign up, once the Covenant team has approved the event. Select all that apply."
				: "Only they can sign up. An event only for staff is not shown to the public. Select all that apply.");
		model.addAttribute("formatChoices",
				List.of(Choice.of("IN_PERSON", "In person"), Choice.of("ONLINE", "Online")));
		model.addAttribute("regionChoices",
				this.places.regions().stream().map((r) -> Choice.of(r.code().value(), r.name())).toList());
		model.addAttribute("travelChoices", List.of(Choice.of("yes", "Yes"), Choice.of("no", "No")));
		return "event/event-form";
	}

	/** The form filled in with an event's details, to change them. */
	static EventForm formOf(EventDetails details) {
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
		return form;
	}

	/**
	 * Reads the form as an organisation fills it in: as a coordinator's, and neither a
	 * network meeting nor only for staff.
	 */
	EventDetails readForOrganisation(EventForm form, BindingResult errors, boolean isNew) {
		if (EventKind.NETWORK_MEETING.name().equals(form.getKind())) {
			form.setKind(null);
		}
		if (form.getAudiences() != null) {
			form.setAudiences(form.getAudiences().stream().filter((a) -> !Audience.STAFF.name().equals(a)).toList());
		}
		return read(form, errors, isNew);
	}

	/** Reads the form; every problem goes to its field, in the order of the page. */
	EventDetails read(EventForm form, BindingResult errors, boolean isNew) {
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

}
