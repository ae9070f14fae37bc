package org.covenantconnects.signatory.internal;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.covenantconnects.signatory.SigningInvitations;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes colleague invitations nobody used in 7 days and invitations to sign nobody used
 * in 30, with the names and addresses they hold. Each instance runs it; rows another
 * instance is removing at the same moment are skipped, and removing is the same however
 * often it runs.
 */
@Component
class SignatoryHousekeeping {

	private static final Log log = LogFactory.getLog(SignatoryHousekeeping.class);

	private final Colleagues colleagues;

	private final ObjectProvider<SigningInvitations> signingInvitations;

	SignatoryHousekeeping(Colleagues colleagues, ObjectProvider<SigningInvitations> signingInvitations) {
		this.colleagues = colleagues;
		this.signingInvitations = signingInvitations;
	}

	@Scheduled(fixedDelayString = "${connects.signatory.housekeeping-interval:1h}", initialDelayString = "1m")
	void run() {
		int invitations = this.colleagues.removeExpiredInvitations();
		if (invitations > 0) {
			log.info("Signatories: removed " + invitations + " colleague invitations nobody used in 7 days");
		}
		int signing = this.signingInvitations.getObject().removeExpired();
		if (signing > 0) {
			log.info("Signatories: removed " + signing + " invitations to sign nobody used in 30 days");
		}
	}

}
