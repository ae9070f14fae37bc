package org.covenantconnects.event.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.covenantconnects.event.Audience;
import org.covenantconnects.event.Event;
import org.covenantconnects.event.EventDetails;
import org.covenantconnects.event.Events;
import org.covenantconnects.event.FeedEvent;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.platform.AtomFeed;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Atom feeds of the public events still to come: every region's, and each region's on its
 * own, as each region has its public calendar. An entry says what, when and where; an
 * online event's joining link is never in a feed (only people with a place see it), its
 * entry links to the event's page. A cancelled event stays, marked cancelled, until it
 * would have ended.
 */
@RestController
class EventFeedController {

	private final Events events;

	private final Places places;

	private final String baseUrl;

	EventFeedController(Events events, Places places, @Value("${connects.base-url}") String baseUrl) {
		this.events = events;
		this.places = places;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/events/feed.atom")
	ResponseEntity<String> everyRegion() {
		return feed(this.events.publicFeed(null), "/events/feed.atom", "/events", "Events – Covenant Connects");
	}

	@GetMapping("/events/regions/{slug}/feed.atom")
	ResponseEntity<String> region(@PathVariable String slug) {
		Region region = this.places.regions()
			.stream()
			.filter((r) -> r.slug().equals(slug))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return feed(this.events.publicFeed(region.code()), "/events/regions/" + region.slug() + "/feed.atom",
				"/events?region=" + region.slug(), "Events in the " + region.name() + " – Covenant Connects");
	}

	private ResponseEntity<String> feed(List<FeedEvent> listed, String self, String page, String title) {
		List<AtomFeed.Entry> entries = listed.stream().map(this::entry).toList();
		return new AtomFeed(this.baseUrl + self, title,
				"Career-path sessions, workshops, network meetings and awareness sessions of the Care Leaver Covenant",
				this.baseUrl + self, this.baseUrl + page, "Care Leaver Covenant", Instant.EPOCH, entries)
			.response();
	}

	private AtomFeed.Entry entry(FeedEvent listed) {
		Event event = listed.event();
		EventDetails details = event.details();
		String page = this.baseUrl + "/events/" + event.id();
		String where = details.online() ? "Online (the joining link is on the event's page once you have a place)"
				: details.venue() + ", " + details.venueAddress();
		List<String> categories = new ArrayList<>();
		categories.add(details.kind().label());
		details.audiences().stream().map(Audience::label).forEach(categories::add);
		return new AtomFeed.Entry(page, (event.isCancelled() ? "Cancelled: " : "") + details.title(),
				listed.changedAt(), listed.announcedAt(), event.when() + ". " + where + ". " + details.description(),
				page, categories);
	}

}
