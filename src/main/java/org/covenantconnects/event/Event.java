package org.covenantconnects.event;

import java.time.Instant;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.jspecify.annotations.Nullable;

/**
 * An event with how many places are taken and how many people wait.
 *
 * @param organiser the coordinator who organises it, or the signatory user who proposed
 * it; {@code null} once their account is erased
 * @param organisation the signatory organisation that organises it, or {@code null} for
 * the Covenant team's events
 * @param review where it stands with moderation: only an approved event is shown to
 * anyone but its organisation and the Covenant team
 * @param returnedReason why a coordinator returned it, or {@code null}
 */
public record Event(UUID id, EventDetails details, @Nullable AccountId organiser, @Nullable Instant cancelledAt,
		int placesTaken, int waiting, @Nullable UUID organisation, Review review, @Nullable String returnedReason) {

	/**
	 * Whether the Covenant team has approved it (its own events are, as they are made).
	 */
	public boolean isPublished() {
		return this.review == Review.APPROVED;
	}

	public boolean isCancelled() {
		return this.cancelledAt != null;
	}

	public boolean isFull() {
		return this.placesTaken >= this.details.capacity();
	}

	public int placesLeft() {
		return Math.max(0, this.details.capacity() - this.placesTaken);
	}

	/** Whether it has started (people can no longer sign up). */
	public boolean hasStarted(Instant now) {
		return !now.isBefore(this.details.startsAt());
	}

	/** Whether people with this role may sign up. */
	public boolean isFor(Role role) {
		return this.details.audiences().stream().anyMatch((audience) -> audience.includes(role));
	}

	/**
	 * Whether this person may see the event's page: anyone a public one; a staff-only
	 * one, staff; and only once it is approved.
	 */
	public boolean isVisibleTo(@Nullable CurrentUser user) {
		return isPublished()
				&& (this.details.isPublic() || (user != null && (isFor(user.role()) || user.role().isStaff())));
	}

	/** When and where, in words: "Tuesday 12 January 2027, 6pm to 7:30pm (UK time)". */
	public String when() {
		return EventTimes.describe(this.details.startsAt(), this.details.endsAt());
	}

}
