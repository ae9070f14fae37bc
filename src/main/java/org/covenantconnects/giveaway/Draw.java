package org.covenantconnects.giveaway;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.places.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * One draw of a give-away: its fixed list of entries (counted, fingerprinted), the seed,
 * the winning entry and, while they have an account, who it is.
 *
 * @param round 1 for the first draw, one more for each redraw
 * @param winner who won, or {@code null} when no one was eligible or the winner's account
 * was erased
 * @param drawnBy the coordinator who closed the draw, or {@code null} when the service
 * drew it
 * @param lapsedAt when the winner's chance to claim ended: not claimed in time, or
 * declined
 * @param declinedAt when the winner said no thanks, so that it was drawn again at once
 */
public record Draw(UUID id, UUID giveAway, int round, Instant closedAt, String seed, String fingerprint, int entrants,
		@Nullable String winningEntry, @Nullable AccountId winner, @Nullable RegionCode winnerRegion,
		@Nullable AccountId drawnBy, @Nullable Instant claimBy, @Nullable Instant claimedAt, @Nullable Instant lapsedAt,
		@Nullable Instant declinedAt) {

	/** How long a winner has to claim the prize. */
	public static final Duration TO_CLAIM = Duration.ofDays(14);

	public boolean isClaimed() {
		return this.claimedAt != null;
	}

	public boolean hasLapsed() {
		return this.lapsedAt != null;
	}

	public boolean wasDeclined() {
		return this.declinedAt != null;
	}

	/** Whether the winner may still claim: not claimed, not lapsed, not past the date. */
	public boolean isOpenToClaim(Instant now) {
		return this.winningEntry != null && this.claimedAt == null && this.lapsedAt == null && this.claimBy != null
				&& now.isBefore(this.claimBy);
	}

	/** Whether this person won this draw. */
	public boolean isWonBy(@Nullable AccountId person) {
		return person != null && person.equals(this.winner);
	}

}
