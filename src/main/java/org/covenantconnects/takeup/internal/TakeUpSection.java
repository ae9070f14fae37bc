package org.covenantconnects.takeup.internal;

import java.util.Optional;

import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.OpportunityPageSection;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.takeup.TakeUps;

import org.springframework.stereotype.Component;

/**
 * A signed-in care leaver's own actions on an opportunity's page: save it, say they are
 * interested, apply, or see its code, and where they are with it.
 */
@Component
class TakeUpSection implements OpportunityPageSection {

	private final TakeUps takeUps;

	TakeUpSection(TakeUps takeUps) {
		this.takeUps = takeUps;
	}

	@Override
	public Optional<Section> sectionFor(OpportunityView opportunity, CurrentUser reader) {
		if (!isCareLeaver(reader)) {
			return Optional.empty();
		}
		TakeUps.Position position = this.takeUps.positionOn(reader.id(), opportunity);
		if (!position.hasProfile()) {
			return Optional.empty();
		}
		return Optional.of(new Section("takeup/opportunity-section", new Actions(opportunity, position)));
	}

	@Override
	public boolean replacesTakeUpAdvice(OpportunityView opportunity, CurrentUser reader) {
		return isCareLeaver(reader);
	}

	@Override
	public boolean withholdsTakeUp(OpportunityView opportunity, CurrentUser reader) {
		return isCareLeaver(reader) && opportunity.details().confirmedOnly()
				&& this.takeUps.positionOn(reader.id(), opportunity).confirmationNeeded();
	}

	private static boolean isCareLeaver(CurrentUser reader) {
		return reader != null && reader.is(Role.CARE_LEAVER);
	}

	/** What the section shows. */
	record Actions(OpportunityView opportunity, TakeUps.Position position) {

		public String route() {
			return this.opportunity.details().takeUp().name();
		}

	}

}
