package org.covenantconnects.demo;

import java.time.Clock;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.StaffChecks;
import org.covenantconnects.platform.Dataset;
import org.covenantconnects.supporter.CouncilEmailDomains;
import org.covenantconnects.supporter.Supporters;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Demo data never goes into a database with real people in it. Each test changes what the
 * database says it holds inside a transaction that is rolled back afterwards.
 */
@ConnectsTest
@Transactional
class DemoDataTests {

	@Autowired
	private Dataset dataset;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Supporters supporters;

	@Autowired
	private CouncilEmailDomains councilEmailDomains;

	@Autowired
	private CareLeavers careLeavers;

	@Autowired
	private Clock clock;

	@Autowired
	private StaffChecks staffChecks;

	@Test
	void demoDataIsRefusedWhenTheDatabaseHoldsRealData() {
		markDatabase("real");
		this.accounts.register("Real Person", "real.person@example.org", "kettle orbit lantern",
				org.covenantconnects.identity.Role.CARE_LEAVER);

		assertThatIllegalStateException()
			.isThrownBy(() -> new DemoData(this.dataset, this.accounts, this.supporters, this.councilEmailDomains,
					this.careLeavers, this.staffChecks, this.clock)
				.run(null))
			.withMessageContaining("holds real accounts");
		assertThat(this.dataset.kind()).contains(Dataset.Kind.real);
	}

	@Test
	void fictionalDataOfOneKindIsNotMixedWithAnother() {
		markDatabase("generated");
		assertThatIllegalStateException().isThrownBy(() -> this.dataset.claimFor(Dataset.Kind.demo))
			.withMessageContaining("holds generated data");
	}

	@Test
	void anEmptyDatabaseCanBeClaimedForDemoDataAndTheAccountsAreCreatedOnce() {
		// Other tests share this database; within this rolled-back transaction it holds
		// no real data.
		this.jdbc.sql("delete from dataset").update();
		this.jdbc.sql("update account set demo = true").update();
		DemoData demo = new DemoData(this.dataset, this.accounts, this.supporters, this.councilEmailDomains,
				this.careLeavers, this.staffChecks, this.clock);
		demo.run(null);
		demo.run(null);
		assertThat(this.dataset.kind()).contains(Dataset.Kind.demo);
		long demoAccounts = this.jdbc.sql("select count(*) from account where demo and email in (:emails)")
			.param("emails", DemoData.ACCOUNTS.stream().map(DemoData.DemoAccount::email).toList())
			.query(Long.class)
			.single();
		assertThat(demoAccounts).isEqualTo(DemoData.ACCOUNTS.size());
		assertThat(this.supporters.find(this.accounts.idOf(DemoData.COLLEGE_CONTACT_EMAIL).orElseThrow()))
			.hasValueSatisfying((supporter) -> assertThat(supporter.isVerified()).isTrue());
		assertThat(this.supporters.find(this.accounts.idOf("supporter@example.com").orElseThrow()))
			.hasValueSatisfying((supporter) -> assertThat(supporter.isVerified()).isTrue());
		assertThat(this.supporters.find(this.accounts.idOf("pending-supporter@example.com").orElseThrow()))
			.hasValueSatisfying((supporter) -> assertThat(supporter.isPending()).isTrue());
		assertThat(this.councilEmailDomains.of(DemoData.MANCHESTER)).containsOnlyOnce(DemoData.MANCHESTER_DOMAIN);
		AccountId careLeaver = this.accounts.idOf(DemoData.CARE_LEAVER_EMAIL).orElseThrow();
		assertThat(this.careLeavers.profile(careLeaver)).as("the demo care leaver has a profile for For you")
			.hasValueSatisfying((profile) -> assertThat(profile.types()).isNotEmpty());
		assertThat(this.staffChecks.statusOf(this.accounts.idOf("coordinator@example.com").orElseThrow()))
			.as("the demo coordinator has an in-date enhanced DBS check")
			.isEqualTo(org.covenantconnects.identity.DbsCheck.Status.IN_DATE);
		assertThat(this.staffChecks.statusOf(this.accounts.idOf("lapsed-coordinator@example.com").orElseThrow()))
			.as("the second demo coordinator's check has expired")
			.isEqualTo(org.covenantconnects.identity.DbsCheck.Status.EXPIRED);
	}

	@Test
	void theFirstRealAccountMarksAnUnmarkedDatabaseAsReal() {
		this.jdbc.sql("delete from dataset").update();
		this.accounts.register("First Person", "first.person@example.org", "kettle orbit lantern",
				org.covenantconnects.identity.Role.SUPPORTER);
		assertThat(this.dataset.kind()).contains(Dataset.Kind.real);
	}

	private void markDatabase(String kind) {
		this.jdbc.sql("update dataset set kind = :kind").param("kind", kind).update();
	}

}
