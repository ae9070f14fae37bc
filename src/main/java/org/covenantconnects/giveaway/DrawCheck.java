package org.covenantconnects.giveaway;

import org.jspecify.annotations.Nullable;

/**
 * A draw made again from its fixed list of entries and its seed, beside what was recorded
 * when it was made.
 *
 * @param entrants how many entries the list holds now
 * @param fingerprint the fingerprint of the list as it is now
 * @param winningEntry the winner the seed picks from the list as it is now
 * @param entriesBelongToTheirPeople whether every entry still naming a person is that
 * person's entry in this draw (no one's entry was given to someone else)
 */
public record DrawCheck(Draw draw, int entrants, String fingerprint, @Nullable String winningEntry,
		boolean entriesBelongToTheirPeople) {

	/** Whether the list is the one fixed when the draw closed. */
	public boolean sameList() {
		return this.entrants == this.draw.entrants() && this.fingerprint.equals(this.draw.fingerprint())
				&& this.entriesBelongToTheirPeople;
	}

	/** Whether the draw made again picks the winner recorded. */
	public boolean sameWinner() {
		return java.util.Objects.equals(this.winningEntry, this.draw.winningEntry());
	}

	/** Whether the draw stands: the same list, and the same winner. */
	public boolean matches() {
		return sameList() && sameWinner();
	}

}
