package org.covenantconnects.directory;

import java.util.Collection;
import java.util.Map;

import org.covenantconnects.signatory.SignatoryId;

/**
 * A signatory's recognition tier, earned from what it delivered rather than what it
 * pledged: bronze for a published opportunity, silver for enough take-ups started in the
 * last 12 months, gold for enough take-ups still going (or completed) 6 months after they
 * started. Thresholds are configuration ({@code connects.recognition.*}).
 */
public enum Recognition {

	NONE(null, null), BRONZE("Bronze", "orange"), SILVER("Silver", "grey"), GOLD("Gold", "yellow");

	private final String label;

	private final String colour;

	Recognition(String label, String colour) {
		this.label = label;
		this.colour = colour;
	}

	public String label() {
		return this.label;
	}

	public String colour() {
		return this.colour;
	}

	/**
	 * The tier earned. Silver and gold need a published opportunity too: they build on
	 * bronze.
	 */
	public static Recognition earned(boolean hasPublishedOpportunity, Delivered delivered, Thresholds thresholds) {
		if (!hasPublishedOpportunity) {
			return NONE;
		}
		if (delivered.sustainedAt6Months() >= thresholds.goldSustained()) {
			return GOLD;
		}
		if (delivered.startedInLast12Months() >= thresholds.silverStarted()) {
			return SILVER;
		}
		return BRONZE;
	}

	/** What a signatory delivered, counted from take-ups. */
	public record Delivered(long startedInLast12Months, long sustainedAt6Months) {

		public static final Delivered NOTHING = new Delivered(0, 0);

	}

	/** How many take-ups each tier needs. */
	public record Thresholds(long silverStarted, long goldSustained) {

	}

	/**
	 * Counts what signatories delivered. The module that keeps take-ups provides it, so
	 * that this module, which shows the directory, does not depend on it.
	 */
	public interface DeliveryCounts {

		/**
		 * What each of these signatories delivered; those with nothing may be left out.
		 */
		Map<SignatoryId, Delivered> of(Collection<SignatoryId> signatories);

	}

}
