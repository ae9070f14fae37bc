package org.covenantconnects.signatory.internal;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes colleague invitations nobody used in 7 days, with the name and address they
 * hold. Each instance runs it; rows another instance is removing at the same moment are
 * skipped, and removing is the same however often it runs.
 */
@Component
class SignatoryHousekeeping {

	private static final Log log = LogFactory.getLog(SignatoryHousekeeping.class);

	private final Colleagues colleagues;

	SignatoryHousekeeping(Colleagues colleagues) {
		this.colleagues = colleagues;
	}

	@Scheduled(fixedDelayString = "${connects.signatory.housekeeping-interval:1h}", initialDelayString = "1m")
	void run() {
		int invitations = this.colleagues.removeExpiredInvitations();
		if (invitations > 0) {
			log.info("Signatories: removed " + invitations + " colleague invitations nobody used in 7 days");
		}
	}

}
