package org.covenantconnects.opportunity;

import java.time.Instant;

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
 */
public record OpportunityView(OpportunityId id, SignatoryId signatory, String organisationName,
		OpportunityDetails details, Status status, String returnedReason, Instant publishedAt,
		boolean awaitingReconfirmation, boolean hiddenUntilConfirmed) {

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
