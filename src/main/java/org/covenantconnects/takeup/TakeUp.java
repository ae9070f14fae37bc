package org.covenantconnects.takeup;

import java.time.Instant;
import java.util.List;

import org.covenantconnects.careleaver.Situation;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.signatory.SignatoryId;

/**
 * One care leaver's path through one opportunity, with every change of status.
 *
 * @param sharedName the name they chose to share when applying, or {@code null}
 * @param sharedEmail the email address they chose to share, or {@code null}
 * @param sharedSituation their situation as they chose to share it, or {@code null}
 * @param message what they wrote to the organisation, or {@code null}
 * @param history oldest first
 */
public record TakeUp(TakeUpId id, OpportunityId opportunity, SignatoryId signatory, TakeUpStatus status,
		String sharedName, String sharedEmail, Situation sharedSituation, String message, Instant createdAt,
		Instant updatedAt, List<Event> history) {

	public TakeUp {
		history = List.copyOf(history);
	}

	/**
	 * One change of status: what it was before, who made it, why, and when.
	 *
	 * @param from {@code null} for the first, or for changes recorded before this was
	 * kept
	 * @param reason why it ended early, or {@code null}
	 */
	public record Event(TakeUpStatus from, TakeUpStatus status, Actor actor, String reason, Instant occurredAt) {

	}

	/** Who changed a take-up's status. */
	public enum Actor {

		CARE_LEAVER("You"), SUPPORTER("Your adviser"), SIGNATORY("The organisation"), COORDINATOR("The Covenant team"),
		SERVICE("Covenant Connects");

		private final String label;

		Actor(String label) {
			this.label = label;
		}

		/** Who it was, as the young person reads it. */
		public String label() {
			return this.label;
		}

	}

}
