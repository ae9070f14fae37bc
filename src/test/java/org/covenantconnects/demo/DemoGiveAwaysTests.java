package org.covenantconnects.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.careleaver.CareExperience;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.NewCareLeaver;
import org.covenantconnects.careleaver.Situation;
import org.covenantconnects.giveaway.Draw;
import org.covenantconnects.giveaway.GiveAway;
import org.covenantconnects.giveaway.GiveAways;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo give-aways, made inside a transaction that is rolled back: last month's drawn
 * and claimed, the draw checking; this month's open, with the demo care leaver in its
 * draw; made once however often it runs.
 */
@ConnectsTest
@Transactional
class DemoGiveAwaysTests {

	@Autowired
	private GiveAways giveAways;

	@Autowired
	private Accounts accounts;

	@Autowired
	private CareLeavers careLeavers;

	@Autowired
	private CareExperience careExperience;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void lastMonthsPrizeClaimedAndThisMonthsOpenWithTheDemoCareLeaverInTheDraw() {
		for (DemoData.DemoAccount account : DemoData.ACCOUNTS) {
			if (this.accounts.idOf(account.email()).isEmpty()) {
				this.accounts.createDemoAccount(account.name(), account.email(), DemoData.PASSWORD, account.role());
			}
		}
		AccountId careLeaver = this.accounts.idOf(DemoData.CARE_LEAVER_EMAIL).orElseThrow();
		if (this.careLeavers.profile(careLeaver).isEmpty()) {
			this.careLeavers.createDemoProfile(careLeaver, new NewCareLeaver("Jade Okafor", null,
					DemoData.CARE_LEAVER_EMAIL, LocalDate.now().minusYears(19).minusDays(40), new LocalAuthorityId(24),
					new RegionCode("E12000002"), Set.of(), Set.of(OpportunityType.JOB), Situation.TRAINING, null));
		}
		this.jdbc.sql("delete from give_away_history").update();
		this.jdbc.sql("delete from give_away_entry").update();
		this.jdbc.sql("delete from give_away_draw").update();
		this.jdbc.sql("delete from give_away").update();
		DemoGiveAways demo = new DemoGiveAways(this.giveAways, this.accounts, this.careLeavers, this.careExperience);
		demo.giveAways();
		demo.giveAways();

		List<GiveAway> all = this.giveAways.all();
		assertThat(all).as("made once, however often it runs").hasSize(2);
		GiveAway thisMonth = all.get(0);
		GiveAway lastMonth = all.get(1);
		assertThat(thisMonth.month()).isEqualTo(this.giveAways.thisMonth());
		assertThat(this.giveAways.draws(thisMonth.id())).isEmpty();
		assertThat(this.giveAways.draws(lastMonth.id())).singleElement().satisfies((draw) -> {
			assertThat(draw.isClaimed()).isTrue();
			assertThat(draw.entrants()).isPositive();
		});
		Draw drawn = this.giveAways.draws(lastMonth.id()).get(0);
		assertThat(
				this.giveAways.check(drawn.id(), this.accounts.idOf("coordinator@example.com").orElseThrow()).matches())
			.isTrue();
		assertThat(this.giveAways.standingOf(thisMonth, careLeaver).inTheDraw()).isTrue();
	}

}
