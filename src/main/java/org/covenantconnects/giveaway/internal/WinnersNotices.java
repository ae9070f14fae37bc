package org.covenantconnects.giveaway.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.covenantconnects.careleaver.ForYouNotices;
import org.covenantconnects.giveaway.GiveAway;
import org.covenantconnects.giveaway.GiveAways;
import org.covenantconnects.identity.AccountId;

import org.springframework.stereotype.Component;

/** Tells a winner on For you that they won and have a prize to claim, and by when. */
@Component
class WinnersNotices implements ForYouNotices {

	private final GiveAways giveAways;

	private final Clock clock;

	WinnersNotices(GiveAways giveAways, Clock clock) {
		this.giveAways = giveAways;
		this.clock = clock;
	}

	@Override
	public List<Notice> noticesFor(AccountId careLeaver) {
		Instant now = this.clock.instant();
		return this.giveAways.winsOf(careLeaver).stream().filter((draw) -> draw.isOpenToClaim(now)).map((draw) -> {
			GiveAway giveAway = this.giveAways.find(draw.giveAway()).orElseThrow();
			return new Notice("You won the give-away for " + giveAway.monthName() + ": " + giveAway.prize(),
					"Claim your prize by " + GiveAways.day(draw.claimBy()) + ", or it goes to someone else.",
					"/my-account/give-away", "Claim your prize");
		}).toList();
	}

}
