package org.covenantconnects.email;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.mail.internet.MimeMessage;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.directory.Recognition.Delivered;
import org.covenantconnects.email.internal.Delivery;
import org.covenantconnects.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covenantconnects.Fixtures.uniqueEmail;
import static org.covenantconnects.SignedIn.as;
import static org.covenantconnects.SignedIn.someone;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Emails leave the outbox over real SMTP (GreenMail) with both parts, their outbox id as
 * Message-ID and, when they have one, the one-click unsubscribe headers.
 */
@ConnectsTest
@AutoConfigureMockMvc
class EmailDeliveryTests {

	@Autowired
	private Emails emails;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvc mvc;

	@Test
	void anEmailArrivesWithAPlainTextPartAnAccessibleHtmlPartAndItsOutboxIdAsMessageId() throws Exception {
		String to = uniqueEmail("plain");
		UUID id = queue(new Email(to, "Your weekly round-up", """
				Hello Sam,

				Three new opportunities fit you this week:
				- Apprenticeship in plumbing
				- Free tickets <for two> & a meal

				See them at http://localhost/opportunities?region=E12000002&sort=newest.
				"""));

		MimeMessage message = TestMailServer.awaitEmails(to, 1).get(0);

		assertThat(message.getMessageID()).isEqualTo("<" + id + "@covenantconnects.invalid>");
		assertThat(message.getHeader("List-Unsubscribe")).isNull();
		assertThat(message.getHeader("List-Unsubscribe-Post")).isNull();
		assertThat(message.isMimeType("multipart/alternative")).isTrue();
		assertThat(TestMailServer.body(message)).contains("Hello Sam,")
			.contains("- Free tickets <for two> & a meal")
			.contains("http://localhost/opportunities?region=E12000002&sort=newest");
		String html = TestMailServer.html(message);
		assertThat(html).contains("<html lang=\"en\">")
			.contains("<title>Your weekly round-up</title>")
			.contains("<h1>Your weekly round-up</h1>")
			.contains("<p>Hello Sam,</p>")
			.contains("<li>Free tickets &lt;for two&gt; &amp; a meal</li>")
			.contains("<a href=\"http://localhost/opportunities?region=E12000002&amp;sort=newest\">"
					+ "http://localhost/opportunities?region=E12000002&amp;sort=newest</a>.")
			.doesNotContain("<img")
			.doesNotContain("src=")
			.doesNotContain("<script")
			.doesNotContain("<link");
		// The sender records the delivery just before the server takes the message.
		awaitStatus(id, "SENT");
	}

	@Test
	void anEmailThatCanBeUnsubscribedFromCarriesTheOneClickHeadersAndTheLink() throws Exception {
		String to = uniqueEmail("alerts");
		URI unsubscribe = URI.create("http://localhost/unsubscribe/t0k3n");
		UUID id = queue(new Email(to, "New apprenticeship in Leeds", "A new apprenticeship fits you.")
			.withUnsubscribeLink(unsubscribe));

		MimeMessage message = TestMailServer.awaitEmails(to, 1).get(0);

		assertThat(message.getMessageID()).isEqualTo("<" + id + "@covenantconnects.invalid>");
		assertThat(message.getHeader("List-Unsubscribe")).containsExactly("<http://localhost/unsubscribe/t0k3n>");
		assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(TestMailServer.body(message))
			.endsWith("To stop getting emails like this one, go to http://localhost/unsubscribe/t0k3n");
		assertThat(TestMailServer.html(message))
			.contains("<a href=\"http://localhost/unsubscribe/t0k3n\">http://localhost/unsubscribe/t0k3n</a>");
	}

	@Test
	void anEmailsSecretReachesTheRecipientAndTheOutboxForgetsItOnceSent() throws Exception {
		String to = uniqueEmail("secret");
		String token = "c2VjcmV0LXRva2VuLWZvci1vbmUtcmVjaXBpZW50LW9ubHk";
		UUID id = queue(new Email(to, "Reset your password",
				"Choose a new password here:\nhttp://localhost/password/reset/" + token + "\n")
			.withSecret(token));

		MimeMessage message = TestMailServer.awaitEmails(to, 1).get(0);
		assertThat(TestMailServer.body(message)).contains("http://localhost/password/reset/" + token);
		assertThat(TestMailServer.html(message)).contains("<a href=\"http://localhost/password/reset/" + token
				+ "\">http://localhost/password/reset/" + token + "</a>");
		new Outbox(this.jdbc).awaitSentAndForgotten(id);

		Map<String, Object> row = this.jdbc.sql("select * from email_message where id = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(row.get("secret")).isNull();
		assertThat(row.get("text_body").toString()).contains("http://localhost/password/reset/[removed]");
		assertThat(row.values()).noneSatisfy((value) -> assertThat(String.valueOf(value)).contains(token));
		assertThat(this.emails.sentTo(to)).extracting(Emails.SentEmail::textBody)
			.containsExactly("Choose a new password here:\nhttp://localhost/password/reset/[removed]");
	}

	@Test
	void anEmailThatIsNotSentKeepsNoSecret() {
		String to = uniqueEmail("secret-bounced");
		this.jdbc
			.sql("insert into email_undeliverable (address, reason, since) values (lower(:address), "
					+ "'550 5.1.1 No such mailbox', now())")
			.param("address", to)
			.update();

		UUID id = queue(new Email(to, "Reset your password", "Choose a new password: http://localhost/r/s3cr3t-t0k3n")
			.withSecret("s3cr3t-t0k3n"));
		awaitStatus(id, "SUPPRESSED");

		assertThat(this.jdbc.sql("select secret from email_message where id = :id")
			.param("id", id)
			.query()
			.singleRow()
			.get("secret")).isNull();
	}

	@Test
	void emailsToAnAddressMarkedUndeliverableAreNotSentUntilItsOwnerCorrectsIt() {
		String to = uniqueEmail("bounced");
		this.jdbc
			.sql("insert into email_undeliverable (address, reason, since) values (lower(:address), "
					+ "'550 5.1.1 No such mailbox', now())")
			.param("address", to)
			.update();
		assertThat(this.emails.isUndeliverable(to.toUpperCase())).isTrue();

		UUID held = queue(new Email(to, "Your weekly round-up", "Nothing new this week."));
		String reason = awaitStatus(held, "SUPPRESSED");
		assertThat(TestMailServer.emailsTo(to)).isEmpty();

		this.emails.addressCorrected(to);
		assertThat(this.emails.isUndeliverable(to)).isFalse();
		UUID next = queue(new Email(to, "Your weekly round-up", "Two new opportunities this week."));
		assertThat(TestMailServer.awaitEmails(to, 1)).hasSize(1);
		awaitStatus(next, "SENT");
		assertThat(statusOf(held)).as(reason).isEqualTo("SUPPRESSED");
	}

	@Test
	void administratorsSeeWhatBecameOfEachEmail() throws Exception {
		String to = uniqueEmail("log");
		insert(to, "PENDING", "Could not connect to the mail server", 3, "now() + interval '1 hour'");
		insert(to, "FAILED", "The address is undeliverable: 550 5.1.1 No such mailbox", 1, "now()");
		insert(to, "SUPPRESSED", "Not sent: the address is marked undeliverable", 0, "now()");
		UUID reached = insert(to, "SENT", null, 1, "now()");
		UUID refused = insert(to, "FAILED", "The address is undeliverable: GOV.UK Notify", 1, "now()");
		for (Map.Entry<UUID, Delivery> receipt : Map
			.of(reached, Delivery.DELIVERED, refused, Delivery.PERMANENT_FAILURE)
			.entrySet()) {
			this.jdbc.sql("update email_message set delivery = :delivery, delivery_reported_at = now() where id = :id")
				.param("delivery", receipt.getValue().name())
				.param("id", receipt.getKey())
				.update();
		}

		String page = this.mvc.perform(get("/admin/messages").with(as(someone(Role.ADMIN))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Waiting", "3 attempts", "Could not connect to the mail server")
			.contains("Failed", "The address is undeliverable: 550 5.1.1 No such mailbox")
			.contains("Not sent", "Not sent: the address is marked undeliverable")
			.contains("Delivered", "Address refused it for good", "Reported by GOV.UK Notify on");
		assertThat(page.split("<dt class=\"govuk-summary-list__key\">Delivery</dt>", -1))
			.as("a delivery row only for the emails Notify reported on")
			.hasSize(3);
	}

	private UUID queue(Email email) {
		return this.transactions.execute((status) -> this.emails.queue(email));
	}

	private UUID insert(String to, String status, String error, int attempts, String nextAttempt) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into email_message (id, recipient, subject, text_body, status, attempts, "
				+ "next_attempt_at, last_error, created_at) values (:id, :to, :subject, 'Body', :status, :attempts, "
				+ nextAttempt + ", :error, now())")
			.param("id", id)
			.param("to", to)
			.param("subject", "A " + status.toLowerCase() + " email")
			.param("status", status)
			.param("attempts", attempts)
			.param("error", error)
			.update();
		return id;
	}

	private String statusOf(UUID id) {
		return this.jdbc.sql("select status from email_message where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	/** Waits for the message to reach the status, and returns its last error. */
	private String awaitStatus(UUID id, String expected) {
		Supplier<String> current = () -> statusOf(id);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (!expected.equals(current.get())) {
			assertThat(Instant.now()).as("email " + id + " to become " + expected).isBefore(deadline);
			pause();
		}
		List<String> errors = this.jdbc.sql("select last_error from email_message where id = :id")
			.param("id", id)
			.query(String.class)
			.list();
		return String.valueOf(errors.get(0));
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
