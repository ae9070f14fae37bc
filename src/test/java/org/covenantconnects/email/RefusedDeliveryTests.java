package org.covenantconnects.email;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the outbox does when a mail server says no: an instance of the service with a
 * database of its own, sending to a real SMTP server on loopback that refuses chosen
 * recipients.
 */
@ConnectsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusedDeliveryTests {

	private final RefusingMailServer mailServer = new RefusingMailServer();

	private ConfigurableApplicationContext instance;

	private Emails emails;

	private TransactionTemplate transactions;

	private Outbox outbox;

	@BeforeAll
	void startAnInstance(@Value("${spring.datasource.url}") String url, @Autowired JdbcClient jdbc) {
		String database = OtherInstances.freshDatabase(jdbc, url, "refused_delivery");
		this.instance = OtherInstances
			.start(OtherInstances.settings(database, this.mailServer.port(), Map.of("connects.mail.dispatch-interval",
					"100ms", "connects.mail.retry-after", "100ms", "connects.mail.max-attempts", 3)));
		this.emails = this.instance.getBean(Emails.class);
		this.transactions = this.instance.getBean(TransactionTemplate.class);
		this.outbox = new Outbox(this.instance.getBean(JdbcClient.class));
	}

	@AfterAll
	void stop() {
		if (this.instance != null) {
			this.instance.close();
		}
		this.mailServer.close();
	}

	@Test
	void aMailboxThatDoesNotExistIsMarkedUndeliverableAndTheQueueGoesOn() {
		String gone = "gone@example.com";
		this.mailServer.answer(gone, List.of("550 5.1.1 <gone@example.com>: Recipient address rejected: no such user"));
		List<UUID> ids = queue(email(gone, "First"), email("first-after@example.com", "Second"),
				email("GONE@example.com", "Third"), email("second-after@example.com", "Fourth"));

		Outbox.Row refused = this.outbox.await(ids.get(0), "FAILED");
		assertThat(refused.lastError()).startsWith("The address is undeliverable: 550 5.1.1");
		assertThat(this.outbox.await(ids.get(1), "SENT").attempts()).isOne();
		Outbox.Row suppressed = this.outbox.await(ids.get(2), "SUPPRESSED");
		assertThat(suppressed.attempts()).isZero();
		assertThat(this.outbox.await(ids.get(3), "SENT").attempts()).isOne();
		assertThat(this.mailServer.delivered()).contains("first-after@example.com", "second-after@example.com")
			.doesNotContain(gone);
		assertThat(this.emails.isUndeliverable(gone)).isTrue();

		this.emails.addressCorrected(gone);
		UUID afterCorrection = queue(email(gone, "Fifth")).get(0);
		assertThat(this.outbox.await(afterCorrection, "SENT").attempts()).isOne();
	}

	@Test
	void aBusyMailboxIsTriedAgainUntilItTakesTheMessage() {
		String busy = "busy@example.com";
		this.mailServer.answer(busy, List.of("451 4.2.1 Mailbox busy, try later", "421 4.7.0 Try again later"));
		UUID id = queue(email(busy, "Round-up")).get(0);

		Outbox.Row sent = this.outbox.await(id, "SENT");
		assertThat(sent.attempts()).isEqualTo(3);
		assertThat(this.emails.isUndeliverable(busy)).isFalse();
	}

	@Test
	void aMessageStillRefusedAfterTheLastAttemptFails() {
		String full = "always-busy@example.com";
		this.mailServer.answer(full, List.of("452 4.2.2 Mailbox full", "452 4.2.2 Mailbox full",
				"452 4.2.2 Mailbox full", "452 4.2.2 Mailbox full"));
		UUID id = queue(email(full, "Round-up")).get(0);

		Outbox.Row failed = this.outbox.await(id, "FAILED");
		assertThat(failed.attempts()).isEqualTo(3);
		assertThat(failed.lastError()).contains("452 4.2.2 Mailbox full");
		assertThat(this.emails.isUndeliverable(full)).isFalse();
	}

	@Test
	void aRefusalAboutThisSendersStandingFailsTheMessageWithoutBlamingTheAddress() {
		String strict = "strict@example.com";
		this.mailServer.answer(strict, List.of("550 5.7.1 Relaying denied"));
		UUID id = queue(email(strict, "Round-up")).get(0);

		Outbox.Row failed = this.outbox.await(id, "FAILED");
		assertThat(failed.attempts()).isOne();
		assertThat(failed.lastError()).contains("550 5.7.1 Relaying denied");
		assertThat(this.emails.isUndeliverable(strict)).isFalse();
	}

	@Test
	void aMessageRefusedAtTheEndOfItsDataIsTriedAgainWithItsLinkIntact() {
		// The delivery is recorded just before the final dot; the refusal that follows
		// must undo that record and keep the secret for the next attempt.
		String busy = "busy-at-the-end@example.com";
		this.mailServer.answerAtTheEnd(busy, List.of("451 4.3.0 Temporary failure, try again"));
		String token = "link-token-" + UUID.randomUUID();
		UUID id = queue(new Email(busy, "Confirm your email", "Confirm: https://connects.test/confirm/" + token, null,
				token, java.util.Set.of()))
			.get(0);

		// The first attempt is recorded as delivered, then refused at the dot and put
		// back.
		while (!this.mailServer.delivered().contains(busy)) {
			Outbox.pause(50);
			assertThat(this.outbox.row(id).status()).as("not given up").isNotEqualTo("FAILED");
		}
		Outbox.Row sent = this.outbox.awaitSentAndForgotten(id);
		assertThat(sent.attempts()).isEqualTo(2);
		assertThat(this.mailServer.texts()).filteredOn((text) -> text.contains("busy-at-the-end@example.com"))
			.singleElement()
			.satisfies((text) -> assertThat(text).contains(token));
	}

	@Test
	void aMessageRefusedForGoodAtTheEndOfItsDataFails() {
		String refusing = "refused-at-the-end@example.com";
		this.mailServer.answerAtTheEnd(refusing, List.of("554 5.6.0 Message content rejected"));
		UUID id = queue(email(refusing, "Round-up")).get(0);

		Outbox.Row failed = this.outbox.await(id, "FAILED");
		assertThat(failed.attempts()).isOne();
		assertThat(failed.lastError()).contains("554 5.6.0");
		assertThat(this.instance.getBean(JdbcClient.class)
			.sql("select sent_at is null from email_message where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single()).as("no delivery time on a failed email").isTrue();
	}

	private static Email email(String to, String subject) {
		return new Email(to, subject, "Hello.");
	}

	private List<UUID> queue(Email... emails) {
		return this.transactions.execute((status) -> java.util.Arrays.stream(emails).map(this.emails::queue).toList());
	}

}
