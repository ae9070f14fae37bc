package org.covenantconnects.event.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.event.Audience;
import org.covenantconnects.event.Event;
import org.covenantconnects.event.EventDetails;
import org.covenantconnects.event.EventKind;
import org.covenantconnects.event.EventTimes;
import org.covenantconnects.event.Events;
import org.covenantconnects.event.SignUp;
import org.covenantconnects.event.SignUpRequests;
import org.covenantconnects.event.SignUpStatus;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.places.Places;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.SignatorySummary;
import org.covenantconnects.places.Region;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.Choice;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What everyone sees of events: the list of upcoming ones, filtered by region and kind;
 * each event's page, with signing up, the place or the place in the queue, and its
 * calendar file; a person's own events and their private calendar address; each region's
 * public calendar. The joining link of an online event shows only to people with a place.
 */
@Controller
class EventsController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Events events;

	private final SignUpRequests signUpRequests;

	private final Places places;

	private final Signatories signatories;

	private final Clock clock;

	private final String baseUrl;

	EventsController(Events events, SignUpRequests signUpRequests, Places places, Signatories signatories, Clock clock,
			@Value("${connects.base-url}") String baseUrl) {
		this.events = events;
		this.signUpRequests = signUpRequests;
		this.signatories = signatories;
		this.places = places;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	static Map<RegionCode, String> regionNames(Places places) {
		Map<RegionCode, String> names = new LinkedHashMap<>();
		places.regions().forEach((region) -> names.put(region.code(), region.name()));
		return names;
	}

	@GetMapping("/events")
	String list(@RequestParam(required = false) String region, @RequestParam(required = false) String kind,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Optional<Region> inRegion = this.places.regions().stream().filter((r) -> r.slug().equals(region)).findFirst();
		Optional<EventKind> ofKind = Arrays.stream(EventKind.values()).filter((k) -> k.name().equals(kind)).findFirst();
		model.addAttribute("events", this.events.upcoming((user != null) ? user.role() : null,
				inRegion.map(Region::code).orElse(null), ofKind.orElse(null)));
		model.addAttribute("region", inRegion.map(Region::slug).orElse(""));
		model.addAttribute("regionName", inRegion.map(Region::name).orElse(null));
		model.addAttribute("kind", ofKind.map(EventKind::name).orElse(""));
		model.addAttribute("regionChoices",
				this.places.regions().stream().map((r) -> Choice.of(r.slug(), r.name())).toList());
		model.addAttribute("kindChoices",
				Arrays.stream(EventKind.values()).map((k) -> Choice.of(k.name(), k.label())).toList());
		model.addAttribute("regionNames", regionNames(this.places));
		model.addAttribute("regions", this.places.regions());
		model.addAttribute("atomFeed",
				inRegion.map((r) -> "/events/regions/" + r.slug() + "/feed.atom").orElse("/events/feed.atom"));
		model.addAttribute("atomFeedTitle",
				inRegion.map((r) -> "Events in the " + r.name()).orElse("Events coming up in every region"));
		return "event/events";
	}

	@GetMapping("/events/{id}")
	String event(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Event event = visible(id, user);
		Optional<SignUp> signUp = this.events.signUpOf(event.id(), (user != null) ? user.id() : null);
		model.addAttribute("event", event);
		model.addAttribute("signUp", signUp.orElse(null));
		// The joining link of an online event: only for someone with a place.
		model.addAttribute("joiningLink",
				signUp.filter(SignUp::hasPlace).map((mine) -> event.details().joiningLink()).orElse(null));
		model.addAttribute("regionName", regionNames(this.places).get(event.details().region()));
		model.addAttribute("forThem", user != null && event.isFor(user.role()));
		model.addAttribute("open", !event.isCancelled() && !event.hasStarted(this.clock.instant()));
		model.addAttribute("audiences",
				String.join(", ", event.details().audiences().stream().map(Audience::inSentence).toList()));
		model.addAttribute("jsonLd", schemaOrgEvent(event));
		return "event/event";
	}

	@GetMapping("/events/{id}/calendar.ics")
	ResponseEntity<String> calendarFile(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
		Event event = visible(id, user);
		return calendar(this.events.calendarFile(event, (user != null) ? user.id() : null), "event.ics");
	}

	@PostMapping("/events/{id}/sign-up")
	String signUp(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Event event = visible(id, user);
		try {
			SignUpStatus status = this.events.signUp(event.id(), user.id(), user.role());
			redirect.addFlashAttribute("done", (status == SignUpStatus.PLACE) ? "You have a place"
					: "The event is full: you are on the waiting list");
		}
		catch (Events.NotForYouException ex) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		catch (Events.SignUpClosedException ex) {
			redirect.addFlashAttribute("done", "Signing up to this event has closed");
		}
		return "redirect:/events/" + event.id();
	}

	@PostMapping("/events/{id}/cancel-sign-up")
	String cancelSignUp(@PathVariable String id, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		Event event = visible(id, user);
		if (this.events.cancelSignUp(event.id(), user.id())) {
			redirect.addFlashAttribute("done", "You are no longer signed up to " + event.details().title());
		}
		return "redirect:/events/" + event.id();
	}

	@GetMapping("/my-events")
	String myEvents(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("mine", this.events.eventsOf(user.id()));
		model.addAttribute("requests", this.signUpRequests.waitingFor(user.id()));
		model.addAttribute("calendarAddress",
				this.events.existingCalendarToken(user.id()).map(this::calendarAddress).orElse(null));
		return "event/my-events";
	}

	@PostMapping("/my-events/calendar-address")
	String renewCalendarAddress(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		boolean renewing = this.events.existingCalendarToken(user.id()).isPresent();
		try {
			this.events.renewCalendarToken(user.id());
		}
		catch (IllegalArgumentException noAccount) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("done", renewing ? "Your calendar address is renewed: the old one no longer works"
				: "Your calendar address is ready");
		return "redirect:/my-events";
	}

	@GetMapping("/calendars/{token}.ics")
	ResponseEntity<String> privateCalendar(@PathVariable String token) {
		return this.events.privateCalendar(token)
			.map((file) -> calendar(file, "my-events.ics"))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@GetMapping("/events/regions/{slug}/calendar.ics")
	ResponseEntity<String> regionCalendar(@PathVariable String slug) {
		Region region = this.places.regions()
			.stream()
			.filter((r) -> r.slug().equals(slug))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return calendar(this.events.regionCalendar(region.code(), region.name()), region.slug() + "-events.ics");
	}

	private String calendarAddress(String token) {
		return this.baseUrl + "/calendars/" + token + ".ics";
	}

	private static ResponseEntity<String> calendar(String file, String name) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(file);
	}

	/** The event, if this person may see it; otherwise not found. */
	private Event visible(String id, CurrentUser user) {
		Optional<UUID> parsed;
		try {
			parsed = Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			parsed = Optional.empty();
		}
		return parsed.flatMap(this.events::find)
			.filter((event) -> event.isVisibleTo(user))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * schema.org Event for search engines, as a data block (not script, so the content
	 * security policy does not apply); an online event's location is its page here, never
	 * its joining link.
	 */
	private String schemaOrgEvent(Event event) {
		EventDetails details = event.details();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org/");
		data.put("@type", "Event");
		data.put("name", details.title());
		data.put("description", details.description());
		data.put("startDate", details.startsAt().atZone(EventTimes.UK).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		data.put("endDate", details.endsAt().atZone(EventTimes.UK).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		data.put("eventStatus",
				event.isCancelled() ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled");
		data.put("eventAttendanceMode", details.online() ? "https://schema.org/OnlineEventAttendanceMode"
				: "https://schema.org/OfflineEventAttendanceMode");
		String region = regionNames(this.places).get(details.region());
		if (details.online()) {
			data.put("location", Map.of("@type", "VirtualLocation", "url", this.baseUrl + "/events/" + event.id()));
		}
		else {
			data.put("location",
					Map.of("@type", "Place", "name", details.venue(), "address", Map.of("@type", "PostalAddress",
							"streetAddress", details.venueAddress(), "addressRegion", region, "addressCountry", "GB")));
		}
		data.put("organizer", organizer(event));
		data.put("isAccessibleForFree", true);
		data.put("maximumAttendeeCapacity", details.capacity());
		data.put("url", this.baseUrl + "/events/" + event.id());
		return JSON.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	/**
	 * The signatory organisation that organises it, with its directory page, or the
	 * Covenant team; never the person who organises it.
	 */
	private Map<String, Object> organizer(Event event) {
		Map<String, Object> organizer = new LinkedHashMap<>();
		organizer.put("@type", "Organization");
		Optional<SignatorySummary> organisation = Optional.ofNullable(event.organisation())
			.map(SignatoryId::new)
			.flatMap(this.signatories::find);
		if (organisation.isPresent()) {
			organizer.put("name", organisation.get().name());
			organizer.put("url", this.baseUrl + "/signatories/" + organisation.get().slug());
		}
		else {
			organizer.put("name", "Care Leaver Covenant");
			organizer.put("url", this.baseUrl + "/");
		}
		return organizer;
	}

}
