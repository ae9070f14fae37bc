package org.covenantconnects.opportunity;

import java.time.Instant;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.signatory.SignatoryId;

/**
 * An opportunity as the pages and the API show it. The details include the access code:
 * callers show it only to those ACCESS.md allows (signed-in care leavers, coordinators
 * and the signatory's own users), never to the public or in the API.
 *
 * @param status as of today: a published opportunity past its closing date is closed
 * @param publishedAt {@code null} until first published
 * @param awaitingReconfirmation we asked the signatory to confirm it is still available
 * @param hiddenUntilConfirmed the signatory did not answer in time, so the public does
 * not see it
 * @param takenDown why and when the Covenant team took it down, while it is down;
 * otherwise {@code null}
 */
public record OpportunityView(OpportunityId id, SignatoryId signatory, String organisationName,
		OpportunityDetails details, Status status, String returnedReason, Instant publishedAt,
		boolean awaitingReconfirmation, boolean hiddenUntilConfirmed, TakenDown takenDown) {

	public OpportunityView(OpportunityId id, SignatoryId signatory, String organisationName, OpportunityDetails details,
			Status status, String returnedReason, Instant publishedAt, boolean awaitingReconfirmation,
			boolean hiddenUntilConfirmed) {
		this(id, signatory, organisationName, details, status, returnedReason, publishedAt, awaitingReconfirmation,
				hiddenUntilConfirmed, null);
	}

	public boolean isTakenDown() {
		return this.status == Status.TAKEN_DOWN;
	}

	/**
	 * Why and when the Covenant team took an opportunity down.
	 *
	 * @param by the coordinator's account
	 */
	public record TakenDown(String reason, Instant at, AccountId by) {

	}

	public boolean isQualityInternship() {
		return this.details.isQualityInternship();
	}

	public Orientation orientation() {
		return this.details.orientation();
	}

	/** Whether the public may see it: published or closed, and not hidden. */
	public boolean isPublic() {
		return (this.status == Status.PUBLISHED || this.status == Status.CLOSED) && !this.hiddenUntilConfirmed;
	}

	public boolean isOpen() {
		return this.status == Status.PUBLISHED;
	}

}
