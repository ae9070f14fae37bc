package org.covenantconnects.giveaway;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a draw after it closed, as the give-away's page lists it:
 * the winner claimed or declined, the time to claim ran out, or the draw was made again,
 * and why.
 *
 * @param round the round of the draw it happened to
 * @param why in words, for a redraw or a lapse; {@code null} for a claim
 */
public record DrawHappening(UUID draw, int round, What what, Who who, @Nullable String why, Instant at) {

	/** What happened. */
	public enum What {

		CLAIMED("Claimed"), DECLINED("Declined"), LAPSED("Not claimed in time"), REDRAWN("Drawn again");

		private final String words;

		What(String words) {
			this.words = words;
		}

		public String words() {
			return this.words;
		}

	}

	/** Who made it happen. */
	public enum Who {

		WINNER("the winner"), SERVICE("the service");

		private final String words;

		Who(String words) {
			this.words = words;
		}

		public String words() {
			return this.words;
		}

	}

}
