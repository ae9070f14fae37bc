package org.covenantconnects.email;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.covenantconnects.ConnectsApplication;
import org.covenantconnects.email.internal.EmailBodies;
import org.covenantconnects.email.internal.EmailDispatcher;
import org.covenantconnects.email.internal.SmtpDelivery;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Email dispatch through the outbox compared, in the same run and to the same mail
 * server, with a bare Jakarta Mail loop sending the same messages over one connection.
 * Starts a GreenMail SMTP server and the service (its own embedded PostgreSQL, wiped at
 * start) on loopback only, prints both rates and their ratio, and stops. Run by
 * {@code bench/email-dispatch.sh}; not a test.
 * <p>
 * Each round runs the outbox twice, interleaved: with each delivery's record flushed to
 * disk before the next message (the default, ADR 035) and with records that do not wait
 * ({@code synchronous_commit = off}), and prints the cost of the first against the
 * second.
 * <p>
 * The outbox figure runs from the commit of the transaction that queued the emails to the
 * moment the last one is recorded as sent: claiming, building each message, sending it
 * and recording it, one statement per message. The bare loop builds the same two-part
 * messages and only sends them.
 */
public final class EmailDispatchBenchmark {

	private EmailDispatchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 5000;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 3;
		GreenMail mailServer = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mailServer.start();
		int port = mailServer.getSmtp().getPort();
		ConfigurableApplicationContext app = new SpringApplicationBuilder(ConnectsApplication.class).run(
				"--server.address=127.0.0.1", "--server.port=0", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + port, "--connects.data-dir=target/bench-email-data",
				"--connects.embedded-database.ephemeral=true", "--logging.structured.format.console=",
				"--logging.level.root=warn");
		try {
			Emails emails = app.getBean(Emails.class);
			TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			SmtpDelivery messages = new SmtpDelivery(app.getBean(JavaMailSenderImpl.class),
					"bench@covenantconnects.invalid", "covenantconnects.invalid");
			Session session = app.getBean(JavaMailSenderImpl.class).getSession();

			System.out.printf(
					"Email dispatch: %,d messages a round to GreenMail on 127.0.0.1:%d, %d rounds after a "
							+ "warm-up, %d sender thread(s)%n",
					count, port, rounds, app.getEnvironment().getProperty("connects.mail.senders", Integer.class, 1));
			EmailDispatcher dispatcher = app.getBean(EmailDispatcher.class);
			dispatcher.recordDeliveriesDurably(false);
			outbox(emails, transactions, jdbc, mailServer, Math.min(count, 1000));
			dispatcher.recordDeliveriesDurably(true);
			outbox(emails, transactions, jdbc, mailServer, Math.min(count, 1000));
			bareLoop(messages, session, port, mailServer, Math.min(count, 1000));
			double bestDurable = 0;
			double bestNotWaiting = 0;
			double bestBare = 0;
			for (int round = 1; round <= rounds; round++) {
				dispatcher.recordDeliveriesDurably(true);
				double durable = outbox(emails, transactions, jdbc, mailServer, count);
				dispatcher.recordDeliveriesDurably(false);
				double notWaiting = outbox(emails, transactions, jdbc, mailServer, count);
				double bare = bareLoop(messages, session, port, mailServer, count);
				System.out.printf(
						"round %d: outbox with durable records %,.0f messages/s, with records not waiting for the disk "
								+ "(synchronous_commit off) %,.0f messages/s (durable/not waiting %.2f), bare Jakarta Mail "
								+ "loop %,.0f messages/s, ratio durable/bare %.2f%n",
						round, durable, notWaiting, durable / notWaiting, bare, durable / bare);
				bestDurable = Math.max(bestDurable, durable);
				bestNotWaiting = Math.max(bestNotWaiting, notWaiting);
				bestBare = Math.max(bestBare, bare);
			}
			System.out
				.printf("best: outbox with durable records %,.0f messages/s, not waiting %,.0f messages/s (durable/not "
						+ "waiting %.2f), bare loop %,.0f messages/s, ratio durable/bare %.2f (goal: at least 0.50)%n",
						bestDurable, bestNotWaiting, bestDurable / bestNotWaiting, bestBare, bestDurable / bestBare);
		}
		finally {
			app.close();
			mailServer.stop();
		}
		System.exit(0);
	}

	/**
	 * Queues the messages in one transaction and returns how many went out per second.
	 */
	private static double outbox(Emails emails, TransactionTemplate transactions, JdbcClient jdbc, GreenMail mailServer,
			int count) throws Exception {
		mailServer.purgeEmailFromAllMailboxes();
		jdbc.sql("delete from email_message").update();
		transactions.executeWithoutResult((status) -> IntStream.range(0, count).forEach((i) -> emails.queue(email(i))));
		long started = System.nanoTime();
		while (jdbc.sql("select exists (select 1 from email_message where status in ('PENDING', 'SENDING'))")
			.query(Boolean.class)
			.single()) {
			Thread.sleep(10);
		}
		long took = System.nanoTime() - started;
		check(mailServer, count);
		return count / (took / 1e9);
	}

	/**
	 * Sends the same messages over one connection and returns how many went per second.
	 */
	private static double bareLoop(SmtpDelivery messages, Session session, int port, GreenMail mailServer, int count)
			throws Exception {
		mailServer.purgeEmailFromAllMailboxes();
		List<OutgoingEmail> outgoing = IntStream.range(0, count).mapToObj((i) -> {
			Email email = email(i);
			String text = EmailBodies.text(email.textBody(), email.unsubscribeLink());
			return new OutgoingEmail(UUID.randomUUID(), email.recipient(), email.subject(), text,
					EmailBodies.html(email.subject(), text), email.unsubscribeLink());
		}).toList();
		long started = System.nanoTime();
		try (Transport transport = session.getTransport("smtp")) {
			transport.connect("127.0.0.1", port, null, null);
			for (OutgoingEmail email : outgoing) {
				MimeMessage message = messages.message(session, email);
				transport.sendMessage(message, message.getAllRecipients());
			}
		}
		long took = System.nanoTime() - started;
		check(mailServer, count);
		return count / (took / 1e9);
	}

	private static Email email(int i) {
		return new Email("young-person-" + (i % 100) + "@bench.test", "New apprenticeship in Leeds (" + i + ")", """
				Hello,

				A new opportunity fits what you told us you are interested in:
				- Apprenticeship in plumbing with Northwind Bakeries, in Leeds
				- Starts in January; closes on 12 December

				Read more at http://localhost:8080/opportunities/%d
				""".formatted(i)).withUnsubscribeLink(java.net.URI.create("http://localhost:8080/unsubscribe/" + i));
	}

	private static void check(GreenMail mailServer, int count) {
		if (!mailServer.waitForIncomingEmail(Duration.ofSeconds(30).toMillis(), count)) {
			throw new IllegalStateException("The mail server did not receive all " + count + " messages");
		}
	}

}
