package org.covenantconnects.opportunity.internal;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.covenantconnects.opportunity.Opportunities;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes opportunities past their closing date and asks for re-confirmation of open-ended
 * ones. Each step is one statement that claims its rows with {@code FOR UPDATE SKIP
 * LOCKED}, so every instance may run it: no row is changed twice. Pages do not wait for
 * it: an opportunity past its closing date already reads as closed.
 */
@Component
class OpportunityHousekeeping {

	private static final Log log = LogFactory.getLog(OpportunityHousekeeping.class);

	private final Opportunities opportunities;

	OpportunityHousekeeping(Opportunities opportunities) {
		this.opportunities = opportunities;
	}

	@Scheduled(fixedDelayString = "${connects.opportunities.housekeeping-interval:1h}", initialDelayString = "1m")
	void run() {
		int closed = this.opportunities.closePastClosingDate();
		int asked = this.opportunities.requestReconfirmation();
		if (closed + asked > 0) {
			log.info("Opportunities: closed " + closed + " past their closing date; asked about " + asked
					+ " not confirmed for 90 days");
		}
	}

}
