package org.covenantconnects.concern;

import java.time.Instant;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.signatory.SignatoryId;

/**
 * A concern as coordinators read it.
 *
 * @param opportunity the opportunity it is about, or {@code null} when it is about the
 * organisation
 * @param signatory the organisation it is about (the opportunity's, for an opportunity)
 * @param aboutTitle the opportunity's title or the organisation's name, when reported
 * @param reporterAccount the account of a reporter who was signed in, or {@code null}
 * @param reporterEmail the address a signed-out reporter left, or {@code null}
 * @param outcome set once closed
 */
public record ConcernView(ConcernId id, OpportunityId opportunity, SignatoryId signatory, String aboutTitle,
		ConcernKind kind, String description, AccountId reporterAccount, String reporterEmail, ConcernStatus status,
		ConcernOutcome outcome, Instant reportedAt, Instant closedAt) {

	public boolean isAboutOpportunity() {
		return this.opportunity != null;
	}

	/** Whether a reply can reach the reporter. */
	public boolean canReply() {
		return this.reporterAccount != null || this.reporterEmail != null;
	}

}
