package org.covenantconnects.support;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes link requests and invitations nobody answered in 30 days. Each instance runs
 * it; rows another instance is removing at the same moment are skipped, not waited for,
 * and removing is the same however often it runs.
 */
@Component
class SupportHousekeeping {

	private static final Log log = LogFactory.getLog(SupportHousekeeping.class);

	private final Links links;

	SupportHousekeeping(Links links) {
		this.links = links;
	}

	@Scheduled(fixedDelayString = "${connects.support.housekeeping-interval:1h}", initialDelayString = "1m")
	void run() {
		int requests = this.links.removeExpiredRequests();
		if (requests > 0) {
			log.info("Support: removed " + requests + " link requests nobody answered in 30 days");
		}
	}

}
