package org.covenantconnects.event;

import java.time.Instant;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A linked adviser's request to sign a young person up for an event, and the young
 * person's answer.
 *
 * @param requestedBy the adviser, or {@code null} once their account is erased
 * @param requesterName the adviser's name as it was when they asked
 * @param answer {@code null} while the young person has not answered
 * @param outcome what saying yes gave them: a place, or a place on the waiting list
 */
public record SignUpRequest(UUID id, UUID event, String eventTitle, Instant startsAt, AccountId youngPerson,
		@Nullable AccountId requestedBy, @Nullable String requesterName, Instant requestedAt, @Nullable Answer answer,
		@Nullable SignUpStatus outcome, @Nullable Instant answeredAt) {

	public boolean isOpen() {
		return this.answer == null;
	}

	/** What the young person answered. */
	public enum Answer {

		YES, NO

	}

	/** The answer and what it gave, in the adviser's words. */
	public String standing() {
		if (this.answer == null) {
			return "Waiting for them to say yes or no";
		}
		if (this.answer == Answer.NO) {
			return "They said no thanks";
		}
		return (this.outcome == SignUpStatus.WAITING) ? "They said yes and are on the waiting list"
				: "They said yes and have a place";
	}

}
