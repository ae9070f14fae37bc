package org.covenantconnects.careleaver;

import jakarta.mail.internet.MimeMessage;
import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.Fixtures.YoungPerson;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.careleaver.internal.CareLeaverRetention;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A young person aged 26 or more who has not signed in for a year is told once by email
 * that their account will be deleted, and a month later it is deleted by the path "delete
 * my account" takes, unless they signed in meanwhile (ADR 022). Dates are moved back in
 * the database rather than waiting.
 */
@ConnectsTest
class CareLeaverRetentionTests {

	private static final String WARNING = "Your Covenant Connects account will be deleted on ";

	@Autowired
	CareLeaverRetention retention;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CareLeavers careLeavers;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void someoneOver25InactiveForAYearIsWarnedOnceAndDeletedAMonthLater() {
		CurrentUser gone = this.fixtures.careLeaver(YoungPerson.named("Morgan").aged(27));
		CurrentUser signedInLately = this.fixtures.careLeaver(YoungPerson.named("Jesse").aged(27));
		CurrentUser young = this.fixtures.careLeaver(YoungPerson.named("Kit").aged(24));
		lastSignedIn(gone.id(), "400 days");
		lastSignedIn(signedInLately.id(), "300 days");
		lastSignedIn(young.id(), "400 days");

		assertThat(this.retention.run().warned()).isGreaterThanOrEqualTo(1);
		MimeMessage warning = TestMailServer.awaitEmails(gone.getUsername(), 1).get(0);
		assertThat(TestMailServer.subject(warning)).startsWith(WARNING);
		assertThat(TestMailServer.body(warning)).contains("http://localhost/sign-in");

		this.retention.run();
		assertThat(warningsTo(gone.getUsername())).as("warned once, not twice").isEqualTo(1);
		assertThat(this.careLeavers.profile(gone.id())).as("not deleted before the month is over").isPresent();
		assertThat(warningsTo(signedInLately.getUsername()) + warningsTo(young.getUsername())).isZero();

		warnedAgo(gone.id(), "31 days");
		assertThat(this.retention.run().deleted()).isGreaterThanOrEqualTo(1);

		assertThat(this.careLeavers.profile(gone.id())).isEmpty();
		assertThat(this.accounts.find(gone.id()).orElseThrow().email()).isNotEqualTo(gone.getUsername());
		assertThat(this.careLeavers.profile(signedInLately.id())).isPresent();
		assertThat(this.careLeavers.profile(young.id())).isPresent();
		assertThat(TestMailServer.emailsTo(gone.getUsername())).hasSize(1);
	}

	@Test
	void signingInAfterTheWarningKeepsTheAccount() {
		CurrentUser back = this.fixtures.careLeaver(YoungPerson.named("Rowan").aged(30));
		lastSignedIn(back.id(), "500 days");
		this.retention.run();
		assertThat(warningsTo(back.getUsername())).isEqualTo(1);

		warnedAgo(back.id(), "31 days");
		lastSignedIn(back.id(), "10 days");
		this.retention.run();

		assertThat(this.careLeavers.profile(back.id())).isPresent();
		assertThat(warningsTo(back.getUsername())).as("not warned again while active").isEqualTo(1);
	}

	private void lastSignedIn(AccountId account, String ago) {
		this.jdbc.sql("update account set last_signed_in_at = now() - cast(:ago as interval) where id = :id")
			.param("ago", ago)
			.param("id", account.value())
			.update();
	}

	private void warnedAgo(AccountId account, String ago) {
		this.jdbc
			.sql("update care_leaver set inactivity_warned_at = inactivity_warned_at - cast(:ago as interval)"
					+ " where account_id = :id")
			.param("ago", ago)
			.param("id", account.value())
			.update();
	}

	/** Warnings written to the outbox for the address, whether sent yet or not. */
	private long warningsTo(String email) {
		return this.jdbc.sql("select count(*) from email_message where recipient = :email and subject like :subject")
			.param("email", email)
			.param("subject", WARNING + "%")
			.query(Long.class)
			.single();
	}

}
