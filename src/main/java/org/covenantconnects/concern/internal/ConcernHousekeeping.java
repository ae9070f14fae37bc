package org.covenantconnects.concern.internal;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.covenantconnects.concern.Concerns;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, forgets who reported the concerns closed more than a year ago. One
 * statement, the same on every instance, so every instance may run it.
 */
@Component
class ConcernHousekeeping {

	private static final Log log = LogFactory.getLog(ConcernHousekeeping.class);

	private final Concerns concerns;

	ConcernHousekeeping(Concerns concerns) {
		this.concerns = concerns;
	}

	@Scheduled(fixedDelayString = "1d", initialDelayString = "5m")
	void run() {
		int forgotten = this.concerns.forgetReporters();
		if (forgotten > 0) {
			log.info("Concerns: forgot who reported " + forgotten + " closed more than a year ago");
		}
	}

}
