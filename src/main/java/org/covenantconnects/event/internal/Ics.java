package org.covenantconnects.event.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.covenantconnects.event.Event;
import org.covenantconnects.event.EventDetails;
import org.covenantconnects.event.SignUpStatus;
import org.jspecify.annotations.Nullable;

/**
 * Writes iCalendar files (RFC 5545): times in UTC (so no time zone definition is needed
 * and every calendar shows them in its own zone), text escaped, lines of at most 75
 * octets folded, every line ended with CRLF. Each event keeps one UID for ever, so that a
 * calendar updates it (and removes it when cancelled) instead of adding another.
 */
public final class Ics {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final String DOMAIN = "covenantconnects";

	private Ics() {
	}

	/**
	 * One event in a calendar.
	 *
	 * @param signedUp where the person the file is for stands, or {@code null} for
	 * someone not signed up (the public)
	 */
	public record Entry(Event event, @Nullable SignUpStatus signedUp) {

		/** Whether the file may carry the joining link: only for someone with a place. */
		boolean showsJoiningLink() {
			return this.signedUp == SignUpStatus.PLACE;
		}

	}

	/** The stable UID of an event, the same in every file. */
	public static String uid(Event event) {
		return event.id() + "@" + DOMAIN;
	}

	/** A calendar of the given events. */
	public static String calendar(String name, List<Entry> entries, String baseUrl, Instant now) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Care Leaver Covenant//Covenant Connects//EN");
		line(out, "CALSCALE:GREGORIAN");
		// No METHOD: a file to add or subscribe to is not a scheduling message, and
		// METHOD:PUBLISH would bind every event to the rules of RFC 5546, which require
		// an
		// ORGANIZER's address that the events do not have.
		line(out, "X-WR-CALNAME:" + text(name));
		for (Entry entry : entries) {
			event(out, entry, baseUrl, now);
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	private static void event(StringBuilder out, Entry entry, String baseUrl, Instant now) {
		Event event = entry.event();
		EventDetails details = event.details();
		String page = baseUrl + "/events/" + event.id();
		StringBuilder description = new StringBuilder(details.description());
		if (details.online()) {
			description.append("\n\n")
				.append(entry.showsJoiningLink() ? "Join online: " + details.joiningLink()
						: "Online: the joining link is for the people with a place.");
		}
		if (details.accessibility() != null) {
			description.append("\n\nAccessibility: ").append(details.accessibility());
		}
		description.append("\n\nTravel: ").append(details.travelPaid() ? "paid" : "not paid");
		description.append("\n\n").append(page);
		line(out, "BEGIN:VEVENT");
		line(out, "UID:" + uid(event));
		line(out, "DTSTAMP:" + UTC.format(now));
		line(out, "DTSTART:" + UTC.format(details.startsAt()));
		line(out, "DTEND:" + UTC.format(details.endsAt()));
		line(out, "SUMMARY:" + text(details.title()));
		line(out, "DESCRIPTION:" + text(description.toString()));
		if (details.online()) {
			String link = details.joiningLink();
			line(out, "LOCATION:" + text((entry.showsJoiningLink() && link != null) ? link : "Online"));
		}
		else {
			line(out, "LOCATION:" + text(details.venue() + ", " + details.venueAddress()));
		}
		line(out, "URL:" + page);
		line(out, "STATUS:" + (event.isCancelled() ? "CANCELLED"
				: (entry.signedUp() == SignUpStatus.WAITING) ? "TENTATIVE" : "CONFIRMED"));
		line(out, "END:VEVENT");
	}

	/** Escapes text as RFC 5545 section 3.3.11 asks. */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\n")
			.replace("\r", "\n")
			.replace("\n", "\\n");
	}

	/**
	 * Writes a content line, folded after at most 75 octets (never inside a UTF-8
	 * character), each continuation starting with a space.
	 */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 0;
				limit = 74;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
