package org.covenantconnects.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.NewCareLeaver;
import org.covenantconnects.careleaver.Situation;
import org.covenantconnects.identity.internal.IdentityRetention;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.signatory.NewOrganisation;
import org.covenantconnects.signatory.Sector;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.Size;
import org.covenantconnects.supporter.NewSupporter;
import org.covenantconnects.supporter.OrganisationType;
import org.covenantconnects.supporter.SupporterRole;
import org.covenantconnects.supporter.Supporters;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What identity removes once its retention period is over (ADR 022), run against rows
 * dated just past and just inside each period: what is old goes, what is not stays.
 */
@ConnectsTest
class IdentityRetentionTests {

	@Autowired
	IdentityRetention retention;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	CareLeavers careLeavers;

	@Autowired
	Supporters supporters;

	@Autowired
	Signatories signatories;

	@Autowired
	JdbcClient jdbc;

	@Test
	void singleUseLinksGoAWeekAfterTheyExpireOrAreUsed() {
		AccountId account = this.fixtures.staff(Role.COORDINATOR).id();
		token(account, "expired-8-days", "now() - interval '8 days'", null);
		token(account, "expired-6-days", "now() - interval '6 days'", null);
		token(account, "valid", "now() + interval '1 hour'", null);
		token(account, "used-8-days", "now() + interval '1 hour'", "now() - interval '8 days'");
		token(account, "used-today", "now() + interval '1 hour'", "now()");

		assertThat(this.retention.run().accountTokens()).isGreaterThanOrEqualTo(2);

		assertThat(this.jdbc.sql(
				"select replace(token_hash, '-' || account_id::text, '') from account_token where account_id = :id order by 1")
			.param("id", account.value())
			.query(String.class)
			.list()).containsExactly("expired-6-days", "used-today", "valid");
	}

	@Test
	void failedSignInsGoAfterADay() {
		String key = "retention-" + UUID.randomUUID() + "@example.com";
		for (String when : List.of("now() - interval '25 hours'", "now() - interval '23 hours'",
				"now() - interval '1 minute'")) {
			this.jdbc.sql("insert into sign_in_failure (email_key, failed_at) values (:key, " + when + ")")
				.param("key", key)
				.update();
		}

		assertThat(this.retention.run().signInFailures()).isGreaterThanOrEqualTo(1);

		assertThat(this.jdbc.sql("select count(*) from sign_in_failure where email_key = :key")
			.param("key", key)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void changesOfEmailAddressGoAWeekAfterTheirLinkExpired() {
		AccountId expiredLongAgo = this.fixtures.staff(Role.ADMIN).id();
		AccountId expiredYesterday = this.fixtures.staff(Role.ADMIN).id();
		emailChange(expiredLongAgo, "now() - interval '8 days'");
		emailChange(expiredYesterday, "now() - interval '1 day'");

		assertThat(this.retention.run().emailChanges()).isGreaterThanOrEqualTo(1);

		assertThat(this.jdbc.sql("select account_id from email_change where account_id in (:ids)")
			.param("ids", List.of(expiredLongAgo.value(), expiredYesterday.value()))
			.query(UUID.class)
			.list()).containsExactly(expiredYesterday.value());
	}

	@Test
	void accountsNeverConfirmedGoAfterThirtyDaysWithTheirProfiles() {
		AccountId oldCareLeaver = registerCareLeaver();
		AccountId newCareLeaver = registerCareLeaver();
		AccountId oldSupporter = registerSupporter();
		String organisationEmail = unique("organisation");
		SignatoryId organisation = this.signatories
			.join(new NewOrganisation("Retention Test " + organisationEmail, Sector.VOLUNTARY, Size.MICRO, null, true,
					List.of(), "Mentoring"), "Pat Prospect", organisationEmail, Fixtures.PASSWORD)
			.orElseThrow();
		AccountId oldContact = this.accounts.idOf(organisationEmail).orElseThrow();
		AccountId confirmedLongAgo = this.fixtures.staff(Role.COORDINATOR).id();
		for (AccountId old : List.of(oldCareLeaver, oldSupporter, oldContact, confirmedLongAgo)) {
			this.jdbc.sql("update account set created_at = now() - interval '31 days' where id = :id")
				.param("id", old.value())
				.update();
		}
		this.jdbc.sql("update account set created_at = now() - interval '29 days' where id = :id")
			.param("id", newCareLeaver.value())
			.update();

		assertThat(this.retention.run().unconfirmedAccounts()).isGreaterThanOrEqualTo(3);

		assertThat(this.accounts.find(oldCareLeaver)).isEmpty();
		assertThat(this.careLeavers.profile(oldCareLeaver)).isEmpty();
		assertThat(this.accounts.find(oldSupporter)).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from supporter where account_id = :id")
			.param("id", oldSupporter.value())
			.query(Long.class)
			.single()).isZero();
		assertThat(this.accounts.find(oldContact)).isEmpty();
		assertThat(this.signatories.find(organisation)).isEmpty();
		assertThat(this.accounts.find(newCareLeaver)).isPresent();
		assertThat(this.careLeavers.profile(newCareLeaver)).isPresent();
		assertThat(this.accounts.find(confirmedLongAgo)).isPresent();
	}

	private AccountId registerCareLeaver() {
		String email = unique("unconfirmed");
		return this.careLeavers
			.register(new NewCareLeaver("Robin Test", null, email, LocalDate.now().minusYears(19), Fixtures.MANCHESTER,
					Fixtures.NORTH_WEST, Set.of(), Set.of(OpportunityType.APPRENTICESHIP), Situation.TRAINING, null),
					Fixtures.PASSWORD)
			.orElseThrow();
	}

	private AccountId registerSupporter() {
		String email = unique("unconfirmed-adviser");
		this.supporters.register(new NewSupporter("Ali Adviser", SupporterRole.PERSONAL_ADVISER,
				OrganisationType.COUNCIL, null, Fixtures.MANCHESTER, email), Fixtures.PASSWORD);
		return this.accounts.idOf(email).orElseThrow();
	}

	private void token(AccountId account, String hash, String expires, String used) {
		this.jdbc
			.sql("insert into account_token (token_hash, account_id, purpose, created_at, expires_at, used_at)"
					+ " values (:hash, :account, 'RESET_PASSWORD', now() - interval '30 days', " + expires + ", "
					+ ((used != null) ? used : "null") + ")")
			.param("hash", hash + "-" + account.value())
			.param("account", account.value())
			.update();
	}

	private void emailChange(AccountId account, String expires) {
		this.jdbc
			.sql("insert into email_change (account_id, new_email, token_hash, expires_at)"
					+ " values (:account, :email, :hash, " + expires + ")")
			.param("account", account.value())
			.param("email", unique("new"))
			.param("hash", UUID.randomUUID().toString())
			.update();
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

}
