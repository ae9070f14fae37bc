package org.covenantconnects.giveaway;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.covenantconnects.places.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * A prize for a month, and who may win it.
 *
 * @param youngest the youngest age that may win, or {@code null} for 16
 * @param oldest the oldest age that may win, or {@code null} for 25
 * @param region the region winners must live in, or {@code null} for anywhere in England
 */
public record GiveAway(UUID id, YearMonth month, String prize, @Nullable String details, @Nullable Integer youngest,
		@Nullable Integer oldest, @Nullable RegionCode region, Instant createdAt) {

	/** The longest prize, in characters. */
	public static final int LONGEST_PRIZE = 200;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	/** The month as people read it, for example "December 2026". */
	public String monthName() {
		return monthName(this.month);
	}

	public static String monthName(YearMonth month) {
		return month.format(MONTH);
	}

	/** Who may win, by age, in words: "aged 18 to 25", say, or empty for every age. */
	public String ages() {
		if (this.youngest == null && this.oldest == null) {
			return "";
		}
		if (this.oldest == null) {
			return "aged " + this.youngest + " or over";
		}
		if (this.youngest == null) {
			return "aged " + this.oldest + " or under";
		}
		return this.youngest.equals(this.oldest) ? "aged " + this.youngest
				: "aged " + this.youngest + " to " + this.oldest;
	}

}
