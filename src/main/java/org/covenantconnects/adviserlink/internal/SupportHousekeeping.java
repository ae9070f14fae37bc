package org.covenantconnects.adviserlink.internal;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.covenantconnects.adviserlink.Links;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes link requests nobody answered, and accounts registered on someone's behalf that
 * nobody claimed, after 30 days. Each instance runs it; rows another instance is removing
 * at the same moment are skipped, not waited for, and removing is the same however often
 * it runs.
 */
@Component
public class SupportHousekeeping {

	private static final Log log = LogFactory.getLog(SupportHousekeeping.class);

	private final Links links;

	private final RegistrationsOnBehalf registrations;

	SupportHousekeeping(Links links, RegistrationsOnBehalf registrations) {
		this.links = links;
		this.registrations = registrations;
	}

	@Scheduled(fixedDelayString = "${connects.support.housekeeping-interval:1h}", initialDelayString = "1m")
	public void run() {
		int requests = this.links.removeExpiredRequests();
		int invitations = this.registrations.removeExpired();
		if (requests + invitations > 0) {
			log.info("Support: removed " + requests + " link requests and " + invitations
					+ " registrations on someone's behalf that nobody answered in 30 days");
		}
	}

}
