package org.covenantconnects.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event times in UK time, the only time zone people enter and read them in: "Tuesday 12
 * January 2027, 6pm to 7:30pm (UK time)", in the GOV.UK style (6pm, 7:30pm, midday,
 * midnight). Stored as instants, so that a time in British Summer Time and one in
 * Greenwich Mean Time are both right.
 */
public final class EventTimes {

	/** UK time. */
	public static final ZoneId UK = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	/** 6pm, 6:30pm, 6.30pm, 6 pm, 18:30, 18.30, 0900. */
	private static final Pattern TWELVE_HOUR = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?(am|pm)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MIDDAY = Pattern.compile("midday|noon|12noon", Pattern.CASE_INSENSITIVE);

	private static final Pattern MIDNIGHT = Pattern.compile("midnight", Pattern.CASE_INSENSITIVE);

	private static final Pattern PM = Pattern.compile("pm", Pattern.CASE_INSENSITIVE);

	private static final Pattern TWENTY_FOUR_HOUR = Pattern.compile("(\\d{1,2})[:.]?(\\d{2})");

	private EventTimes() {
	}

	/** "Tuesday 12 January 2027, 6pm to 7:30pm (UK time)". */
	public static String describe(Instant startsAt, Instant endsAt) {
		ZonedDateTime start = startsAt.atZone(UK);
		ZonedDateTime end = endsAt.atZone(UK);
		if (start.toLocalDate().equals(end.toLocalDate())) {
			return DAY.format(start) + ", " + time(start.toLocalTime()) + " to " + time(end.toLocalTime())
					+ " (UK time)";
		}
		return DAY.format(start) + ", " + time(start.toLocalTime()) + " to " + DAY.format(end) + ", "
				+ time(end.toLocalTime()) + " (UK time)";
	}

	/** The day in UK time: "Tuesday 12 January 2027". */
	public static String day(Instant at) {
		return DAY.format(at.atZone(UK));
	}

	/** A time as GOV.UK writes it: 6pm, 7:30am, midday, midnight. */
	public static String time(LocalTime time) {
		if (time.equals(LocalTime.NOON)) {
			return "midday";
		}
		if (time.equals(LocalTime.MIDNIGHT)) {
			return "midnight";
		}
		int hour = time.getHour() % 12;
		String minutes = (time.getMinute() != 0) ? ":%02d".formatted(time.getMinute()) : "";
		return ((hour == 0) ? 12 : hour) + minutes + ((time.getHour() < 12) ? "am" : "pm");
	}

	/**
	 * Reads a time as people type it: 6pm, 6:30pm, 18:30, 18.30, midday; empty when it is
	 * not a time.
	 */
	public static Optional<LocalTime> parseTime(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String text = typed.strip().replace(" ", "");
		if (MIDDAY.matcher(text).matches()) {
			return Optional.of(LocalTime.NOON);
		}
		if (MIDNIGHT.matcher(text).matches()) {
			return Optional.of(LocalTime.MIDNIGHT);
		}
		Matcher twelve = TWELVE_HOUR.matcher(text);
		if (twelve.matches()) {
			int hour = Integer.parseInt(twelve.group(1));
			int minute = (twelve.group(2) != null) ? Integer.parseInt(twelve.group(2)) : 0;
			if (hour < 1 || hour > 12 || minute > 59) {
				return Optional.empty();
			}
			return Optional.of(LocalTime.of(hour % 12 + (PM.matcher(twelve.group(3)).matches() ? 12 : 0), minute));
		}
		Matcher twentyFour = TWENTY_FOUR_HOUR.matcher(text);
		if (twentyFour.matches()) {
			int hour = Integer.parseInt(twentyFour.group(1));
			int minute = Integer.parseInt(twentyFour.group(2));
			if (hour > 23 || minute > 59) {
				return Optional.empty();
			}
			return Optional.of(LocalTime.of(hour, minute));
		}
		return Optional.empty();
	}

	/**
	 * The instant of a UK date and time. A time that does not exist (the hour the clocks
	 * go forward) moves on by the gap; a time that happens twice (the hour they go back)
	 * is the earlier.
	 */
	public static Instant instant(LocalDate date, LocalTime time) {
		return ZonedDateTime.ofLocal(LocalDateTime.of(date, time), UK, null).toInstant();
	}

	/** The UK date of an instant. */
	public static LocalDate ukDate(Instant at) {
		return at.atZone(UK).toLocalDate();
	}

	/** The UK time of day of an instant. */
	public static LocalTime ukTime(Instant at) {
		return at.atZone(UK).toLocalTime();
	}

}
