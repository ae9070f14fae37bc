package org.covenantconnects.giveaway.internal;

import org.covenantconnects.giveaway.GiveAways;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour, draws the give-aways whose month ended without a coordinator drawing them,
 * and draws again those whose winner did not claim in time. Each give-away is drawn in
 * its own transaction that first locks its row, skipping any another instance holds, and
 * reads its draws again under the lock: however many instances run this, each is drawn
 * once.
 */
@Component
class GiveAwayDraws {

	/** The most give-aways one run draws, so that a run always ends. */
	private static final int MOST = 100;

	private final GiveAways giveAways;

	GiveAwayDraws(GiveAways giveAways) {
		this.giveAways = giveAways;
	}

	@Scheduled(cron = "${connects.give-away.draw-cron:0 20 * * * *}", zone = "Europe/London")
	public int run() {
		int drawn = 0;
		while (drawn < MOST && this.giveAways.drawOneDue()) {
			drawn++;
		}
		while (drawn < MOST && this.giveAways.redrawOneLapsed()) {
			drawn++;
		}
		return drawn;
	}

}
