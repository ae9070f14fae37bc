package org.covenantconnects.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * An action agreed at a network meeting, owned by a named person: an invited partner
 * contact or a member of the Covenant team.
 *
 * @param ownerInvitee the invited contact who owns it, or {@code null}
 * @param ownerStaff the member of the Covenant team who owns it, or {@code null}
 * @param doneAt when it was marked done, or {@code null} while open
 */
public record MeetingAction(UUID id, UUID meeting, String what, @Nullable UUID ownerInvitee,
		@Nullable AccountId ownerStaff, String ownerName, LocalDate dueOn, @Nullable Instant doneAt) {

	/** The longest action kept. */
	public static final int LONGEST = 500;

	/** The due date as GOV.UK writes it: 18 December 2026. */
	public String dueDay() {
		return NetworkMeetings.dueDay(this.dueOn);
	}

	public boolean isOpen() {
		return this.doneAt == null;
	}

	/** Open and due before the given day. */
	public boolean isOverdue(LocalDate today) {
		return isOpen() && this.dueOn.isBefore(today);
	}

}
