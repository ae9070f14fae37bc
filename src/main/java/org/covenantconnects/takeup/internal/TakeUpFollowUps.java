package org.covenantconnects.takeup.internal;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.covenantconnects.takeup.TakeUps;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the check-ins at 3 and 6 months after a start, and reminds organisations of
 * applications that have not moved for 30 days. Each step claims its rows with
 * {@code FOR UPDATE SKIP LOCKED} and marks them sent in the same statement, and the
 * emails go to the outbox in the same transaction: every instance may run it, and nobody
 * is emailed twice.
 */
@Component
class TakeUpFollowUps {

	private static final Log log = LogFactory.getLog(TakeUpFollowUps.class);

	private final TakeUps takeUps;

	TakeUpFollowUps(TakeUps takeUps) {
		this.takeUps = takeUps;
	}

	@Scheduled(fixedDelayString = "${connects.take-ups.follow-up-interval:1h}", initialDelayString = "2m")
	void run() {
		int asked = this.takeUps.sendCheckIns();
		int reminded = this.takeUps.remindOfStaleApplications();
		if (asked + reminded > 0) {
			log.info("Take-ups: asked " + asked + " young people how it is going; reminded organisations of " + reminded
					+ " applications not moved for 30 days");
		}
	}

}
