package org.covenantconnects.demo;

import org.covenantconnects.careleaver.CareExperience;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.giveaway.Draw;
import org.covenantconnects.giveaway.GiveAways;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.places.RegionCode;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo give-aways: last month's supermarket voucher, drawn by the demo coordinator
 * and claimed by its winner, and this month's football tickets for care leavers aged 18
 * to 25 in the North West, open, with the demo care leaver in the draw. Made once, when
 * the demo accounts exist and there are no give-aways yet.
 */
@Component
@ConditionalOnProperty(name = "connects.demo.enabled", havingValue = "true")
class DemoGiveAways {

	private static final RegionCode NORTH_WEST = new RegionCode("E12000002");

	private final GiveAways giveAways;

	private final Accounts accounts;

	private final CareLeavers careLeavers;

	private final CareExperience careExperience;

	DemoGiveAways(GiveAways giveAways, Accounts accounts, CareLeavers careLeavers, CareExperience careExperience) {
		this.giveAways = giveAways;
		this.accounts = accounts;
		this.careLeavers = careLeavers;
		this.careExperience = careExperience;
	}

	@EventListener(ApplicationReadyEvent.class)
	void giveAways() {
		AccountId coordinator = this.accounts.idOf("coordinator@example.com").orElse(null);
		if (coordinator == null || !this.giveAways.all().isEmpty()) {
			return;
		}
		confirmTheDemoCareLeaver();
		var lastMonth = this.giveAways.setUp(this.giveAways.thisMonth().minusMonths(1),
				"A £50 voucher for a supermarket",
				"Given by Northwind Bakeries, one of the Covenant's signatories, for the weekly shop.", null, null,
				null, coordinator);
		Draw drawn = this.giveAways.closeAndDraw(lastMonth.id(), coordinator);
		AccountId winner = drawn.winner();
		if (winner != null) {
			this.giveAways.claim(drawn.id(), winner);
		}
		this.giveAways.setUp(this.giveAways.thisMonth(), "Two tickets to a Premier League match",
				"Two seats together at a home game this season, with travel paid, given by a club in the North West.",
				18, 25, NORTH_WEST, coordinator);
	}

	/**
	 * The demo care leaver's care experience is confirmed by her adviser
	 * ({@code DemoLinks}), which may run after this: confirmed here first if not yet, as
	 * it does, so that she can win.
	 */
	private void confirmTheDemoCareLeaver() {
		AccountId careLeaver = this.accounts.idOf(DemoData.CARE_LEAVER_EMAIL).orElse(null);
		AccountId supporter = this.accounts.idOf(DemoData.SUPPORTER_EMAIL).orElse(null);
		if (careLeaver == null || supporter == null || this.careLeavers.profile(careLeaver).isEmpty()) {
			return;
		}
		if (this.careExperience.historyOf(careLeaver).isEmpty()) {
			this.careExperience.confirm(careLeaver, this.careLeavers.profile(careLeaver).orElseThrow().council(),
					supporter, CareExperience.Confirmer.PERSONAL_ADVISER);
		}
	}

}
