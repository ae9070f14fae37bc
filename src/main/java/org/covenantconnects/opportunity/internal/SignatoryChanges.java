package org.covenantconnects.opportunity.internal;

import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.signatory.SignatoryLapsed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps opportunities in step with their organisations. The event is stored with the
 * change that caused it, so a crash between the two loses nothing.
 */
@Component
class SignatoryChanges {

	private final Opportunities opportunities;

	SignatoryChanges(Opportunities opportunities) {
		this.opportunities = opportunities;
	}

	/**
	 * A lapsed signatory's opportunities leave the public pages. Repeating it changes
	 * nothing.
	 */
	@ApplicationModuleListener
	void on(SignatoryLapsed lapsed) {
		this.opportunities.closeAllOf(lapsed.signatory());
	}

}
