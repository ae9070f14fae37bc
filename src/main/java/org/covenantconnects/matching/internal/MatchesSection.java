package org.covenantconnects.matching.internal;

import java.util.Optional;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.OpportunityPageSection;
import org.covenantconnects.opportunity.OpportunityView;

import org.springframework.stereotype.Component;

/** On an open opportunity's page, for coordinators: a way to the young people it fits. */
@Component
class MatchesSection implements OpportunityPageSection {

	@Override
	public Optional<Section> sectionFor(OpportunityView opportunity, CurrentUser reader) {
		if (reader == null || !reader.is(Role.COORDINATOR) || !opportunity.isOpen()) {
			return Optional.empty();
		}
		return Optional.of(new Section("matching/matches-section", opportunity.id()));
	}

}
