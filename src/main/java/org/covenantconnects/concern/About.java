package org.covenantconnects.concern;

import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.SignatorySummary;

/**
 * What a concern is about: an opportunity (and so its organisation) or an organisation.
 *
 * @param opportunity {@code null} for an organisation
 * @param title the opportunity's title or the organisation's name
 */
public record About(OpportunityId opportunity, SignatoryId signatory, String title) {

	public static About opportunity(OpportunityView opportunity) {
		return new About(opportunity.id(), opportunity.signatory(), opportunity.details().title());
	}

	public static About organisation(SignatorySummary organisation) {
		return new About(null, organisation.id(), organisation.name());
	}

}
