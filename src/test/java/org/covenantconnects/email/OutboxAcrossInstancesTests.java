package org.covenantconnects.email;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.covenantconnects.ConnectsTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox shared by several instances of the service on one database, each a whole
 * application, sending over real SMTP to a mail server of this test's own (GreenMail):
 * instances that stop or die mid-batch, and instances that send at once. Messages are
 * told apart by their Message-ID, which is their outbox row's id.
 */
@ConnectsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxAcrossInstancesTests {

	private static final int MESSAGES = 2000;

	private GreenMail mailServer;

	private String database;

	/** Writes to the outbox and never sends. */
	private ConfigurableApplicationContext writer;

	private Outbox outbox;

	private DatabaseOutage outage;

	/** When the running test began, by the database's clock. */
	private OffsetDateTime testStarted;

	@BeforeAll
	void startAMailServerAndAWriter(@Value("${spring.datasource.url}") String url, @Autowired JdbcClient jdbc) {
		this.mailServer = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.mailServer.start();
		this.database = OtherInstances.freshDatabase(jdbc, url, "outbox_instances");
		this.outage = new DatabaseOutage(url, "outbox_instances");
		this.writer = OtherInstances.start(settings(Map.of("connects.mail.senders", 0)));
		this.outbox = new Outbox(this.writer.getBean(JdbcClient.class));
	}

	@AfterAll
	void stop() {
		if (this.writer != null) {
			this.writer.close();
		}
		this.mailServer.stop();
	}

	@BeforeEach
	void emptyTheMailServer() throws Exception {
		this.mailServer.purgeEmailFromAllMailboxes();
		this.testStarted = this.writer.getBean(JdbcClient.class)
			.sql("select clock_timestamp()")
			.query(OffsetDateTime.class)
			.single();
	}

	@Test
	void anInstanceThatShutsDownMidBatchHandsItsBatchBackAndNothingIsSentTwice() {
		Set<String> queued = queue(MESSAGES, "shutdown");
		ConfigurableApplicationContext first = OtherInstances.start(sender(Map.of()));
		awaitReceived(100, Duration.ofMinutes(2));
		first.close();

		assertThat(this.outbox.unfinished()).as("emails left when the first instance stopped").isPositive();
		assertThat(statusCount("SENDING")).as("claimed emails left behind").isZero();

		try (ConfigurableApplicationContext second = OtherInstances.start(sender(Map.of()))) {
			awaitAllFinishedAndReceived(MESSAGES, Duration.ofMinutes(3));
		}
		List<String> received = receivedMessageIds();
		assertThat(received).hasSize(MESSAGES).doesNotHaveDuplicates();
		assertThat(Set.copyOf(received)).isEqualTo(queued);
	}

	@Test
	void anInstanceKilledMidBatchLosesNothingAndSendsNothingTwice() throws Exception {
		// The instance is killed in the middle of its work: one message's record is
		// slowed
		// down before its commit leaves, so the kill finds that message neither recorded
		// nor handed over, and the rest of its batch claimed. (A kill at a random moment
		// can also fall between a record's commit leaving and the final dot of its data,
		// which no order of the two writes closes (ADR 061): that is left to the fault
		// run, which kills at random and reports what it finds.)
		asSuperuser(
				"""
						create function slow_mid_batch() returns trigger language plpgsql as $$
						begin perform pg_sleep(5); return new; end $$;
						create trigger slow_mid_batch before update on email_message for each row
						  when (old.status <> 'SENT' and new.status = 'SENT' and new.subject = 'Message 150 (killed)' and new.attempts = 1)
						  execute function slow_mid_batch();
						""");
		try {
			Set<String> queued = queue(MESSAGES, "killed");
			// A short lease, so that the survivor soon takes over the dead instance's
			// batch.
			Process killed = OtherInstances.startJvm(sender(Map.of("connects.mail.lease", "3s")),
					Path.of("target", "outbox-killed-instance.log"));
			try {
				awaitUntil(Duration.ofMinutes(3), "the slowed record", this::recordCommitting);
			}
			finally {
				killed.destroyForcibly().waitFor();
			}
			assertThat(this.mailServer.getReceivedMessages()).as("emails sent before the instance was killed")
				.isNotEmpty();
			assertThat(this.outbox.unfinished()).as("emails left when the instance was killed").isPositive();

			try (ConfigurableApplicationContext survivor = OtherInstances.start(sender(Map.of()))) {
				awaitAllFinishedAndReceived(MESSAGES, Duration.ofMinutes(3));
			}
			List<String> received = receivedMessageIds();
			assertThat(Set.copyOf(received)).isEqualTo(queued);
			// The message in hand when the instance died was dropped before the end
			// of its data, and sent again after the lease.
			assertThat(received).as("messages received, each once").hasSize(MESSAGES).doesNotHaveDuplicates();
			assertThat(sentCount("killed")).isEqualTo(MESSAGES);
		}
		finally {
			asSuperuser("drop trigger slow_mid_batch on email_message; drop function slow_mid_batch();");
		}
	}

	@Test
	void anInstanceKilledWhileTheRecordOfADeliveryCommitsHasHandedTheMessageOver() throws Exception {
		// The database takes five seconds to commit the record of this delivery: the
		// instance is killed while it does. The commit had left, so the database makes
		// the record whatever happens to the instance; the message must have gone with
		// it.
		asSuperuser("""
				create function slow_to_commit() returns trigger language plpgsql as $$
				begin perform pg_sleep(5); return null; end $$;
				create constraint trigger slow_to_commit after update on email_message
				  deferrable initially deferred for each row
				  when (old.status <> 'SENT' and new.status = 'SENT' and new.subject like '%(slow-commit)')
				  execute function slow_to_commit();
				""");
		try {
			Set<String> queued = queue(1, "slow-commit");
			Process killed = OtherInstances.startJvm(sender(Map.of()),
					Path.of("target", "outbox-killed-at-commit.log"));
			try {
				// In this order: a record that commits after the message was received
				// is found committing after it was received.
				awaitUntil(Duration.ofMinutes(2), "the message to arrive while its record commits",
						() -> this.mailServer.getReceivedMessages().length == 1 && recordCommitting());
			}
			finally {
				killed.destroyForcibly().waitFor();
			}
			awaitUntil(Duration.ofSeconds(30), "the record's commit to end", () -> !recordCommitting());
			assertThat(sentCount("slow-commit")).as("the record, committed after the instance died").isOne();
			assertThat(receivedMessageIds()).as("the message, received once").containsExactlyElementsOf(queued);
		}
		finally {
			asSuperuser("drop trigger slow_to_commit on email_message; drop function slow_to_commit();");
		}
	}

	@Test
	void aMessageIsNotLetGoBeforeTheCommitOfItsRecordLeaves() throws Exception {
		// The database takes five seconds over the update that records this delivery,
		// before the commit is sent. Nothing may reach the mail server meanwhile: a
		// sender killed then leaves no record, and the message goes again after the
		// lease.
		asSuperuser("""
				create function slow_to_record() returns trigger language plpgsql as $$
				begin perform pg_sleep(5); return new; end $$;
				create trigger slow_to_record before update on email_message for each row
				  when (old.status <> 'SENT' and new.status = 'SENT' and new.subject like '%(slow-update)')
				  execute function slow_to_record();
				""");
		try (ConfigurableApplicationContext sender = OtherInstances.start(sender(Map.of()))) {
			Set<String> queued = queue(1, "slow-update");
			awaitUntil(Duration.ofMinutes(1), "the record's update", this::recordCommitting);
			while (true) {
				// In this order: a count taken while the update still sleeps.
				int received = this.mailServer.getReceivedMessages().length;
				if (!recordCommitting()) {
					break;
				}
				assertThat(received).as("messages received while the record is not yet committing").isZero();
				Outbox.pause(50);
			}
			awaitAllFinishedAndReceived(1, Duration.ofMinutes(1));
			assertThat(receivedMessageIds()).as("the message, received once").containsExactlyElementsOf(queued);
		}
		finally {
			asSuperuser("drop trigger slow_to_record on email_message; drop function slow_to_record();");
		}
	}

	/**
	 * Whether the slowed record of a delivery is under way (its update or its commit).
	 */
	private boolean recordCommitting() {
		try (Connection connection = DriverManager.getConnection(this.database, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet found = statement.executeQuery("select count(*) from pg_stat_activity "
						+ "where datname = current_database() and wait_event = 'PgSleep'")) {
			return found.next() && found.getInt(1) > 0;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void asSuperuser(String statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.database, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(statements);
		}
	}

	@Test
	void twoInstancesSendingAtOnceNeverSendTheSameMessageTwice() {
		Map<String, Object> busy = Map.of("connects.mail.senders", 2, "connects.mail.batch-size", 10);
		try (ConfigurableApplicationContext one = OtherInstances
			.start(sender(with(busy, "connects.mail.from", "one@instances.test")));
				ConfigurableApplicationContext two = OtherInstances
					.start(sender(with(busy, "connects.mail.from", "two@instances.test")))) {
			Set<String> queued = queue(MESSAGES, "together");
			awaitAllFinishedAndReceived(MESSAGES, Duration.ofMinutes(3));

			List<String> received = receivedMessageIds();
			assertThat(received).hasSize(MESSAGES).doesNotHaveDuplicates();
			assertThat(Set.copyOf(received)).isEqualTo(queued);
			assertThat(senders()).as("instances that sent")
				.containsOnlyKeys("one@instances.test", "two@instances.test");
		}
	}

	@Test
	void emailsWhoseLeaseLapsedAreSentBeforeTheBacklog() {
		Set<String> backlog = queue(300, "backlog");
		Set<String> lapsed = queue(3, "lapsed");
		JdbcClient jdbc = this.writer.getBean(JdbcClient.class);
		// The backlog has waited an hour; the lapsed emails were claimed by a sender that
		// died, and their lease ended five seconds ago (more than the grace after it).
		jdbc.sql("update email_message set next_attempt_at = clock_timestamp() - interval '1 hour' "
				+ "where subject like '%(backlog)'")
			.update();
		jdbc.sql("""
				update email_message set status = 'SENDING', attempts = 1, claim = gen_random_uuid(),
				  next_attempt_at = clock_timestamp() - interval '5 seconds'
				where subject like '%(lapsed)'
				""").update();

		try (ConfigurableApplicationContext sender = OtherInstances
			.start(sender(Map.of("connects.mail.batch-size", 10)))) {
			awaitAllFinishedAndReceived(303, Duration.ofMinutes(3));
		}
		List<String> received = receivedMessageIds();
		assertThat(received).hasSize(303).doesNotHaveDuplicates();
		assertThat(received.subList(0, 10)).as("the first batch sent").containsAll(lapsed);
		assertThat(backlog).containsAll(received.subList(10, received.size()));
	}

	@Test
	void aDatabaseThatGoesAwayMidBatchForgetsNoDeliveryAndSendsNothingTwice() throws Exception {
		Set<String> queued = queue(MESSAGES, "outage");
		// Senders of two instances, so that both are in the middle of a batch when the
		// database goes; a lease longer than the outage, as in production.
		Map<String, Object> two = Map.of("connects.mail.senders", 2, "connects.mail.batch-size", 20,
				"connects.mail.lease", "20s");
		try (ConfigurableApplicationContext one = OtherInstances.start(sender(two));
				ConfigurableApplicationContext other = OtherInstances.start(sender(two))) {
			awaitReceived(200, Duration.ofMinutes(2));
			this.outage.databaseAwayFor(Duration.ofSeconds(3));
			awaitAllFinishedAndReceived(MESSAGES, Duration.ofMinutes(3));
		}
		List<String> received = receivedMessageIds();
		assertThat(received).as("messages received, each once").hasSize(MESSAGES).doesNotHaveDuplicates();
		assertThat(Set.copyOf(received)).isEqualTo(queued);
		assertThat(sentCount("outage")).isEqualTo(MESSAGES);
	}

	@Test
	void aDatabaseAwayLongerThanTheLeaseStillSendsNothingTwice() throws Exception {
		Set<String> queued = queue(MESSAGES, "long-outage");
		// The emails in hand when the database goes are delivered but cannot be recorded
		// until it is back, after their lease has ended: the senders that delivered them
		// keep trying, and the grace keeps the other instance from sending them again.
		Map<String, Object> two = Map.of("connects.mail.senders", 2, "connects.mail.batch-size", 20,
				"connects.mail.lease", "4s", "connects.mail.lapsed-lease-grace", "10s");
		try (ConfigurableApplicationContext one = OtherInstances.start(sender(two));
				ConfigurableApplicationContext other = OtherInstances.start(sender(two))) {
			awaitReceived(200, Duration.ofMinutes(2));
			this.outage.databaseAwayFor(Duration.ofSeconds(8));
			awaitAllFinishedAndReceived(MESSAGES, Duration.ofMinutes(3));
		}
		List<String> received = receivedMessageIds();
		assertThat(received).as("messages received, each once").hasSize(MESSAGES).doesNotHaveDuplicates();
		assertThat(Set.copyOf(received)).isEqualTo(queued);
		assertThat(sentCount("long-outage")).isEqualTo(MESSAGES);
	}

	@Test
	void emailsWhoseLeaseLapsedWaitTheGraceAfterTheDatabaseRecovered() throws Exception {
		// After a crash PostgreSQL starts, recovers while refusing connections (16 s in
		// one
		// fault run, longer than the grace) and takes a checkpoint just before it accepts
		// them again: the grace counts from that checkpoint, not from the server's start,
		// so the sender that delivered a lapsed email while it was away can record it.
		try (ConfigurableApplicationContext sender = OtherInstances
			.start(sender(Map.of("connects.mail.lapsed-lease-grace", "20s")))) {
			this.outage.checkpoint();
			Set<String> lapsed = queue(3, "lapsed-at-recovery");
			JdbcClient jdbc = this.writer.getBean(JdbcClient.class);
			jdbc.sql("""
					update email_message set status = 'SENDING', attempts = 1, claim = gen_random_uuid(),
					  next_attempt_at = clock_timestamp() - interval '1 hour'
					where subject like '%(lapsed-at-recovery)'
					""").update();
			Set<String> waiting = queue(3, "waiting-at-recovery");
			awaitAllFinishedAndReceived(6, Duration.ofMinutes(2));

			assertThat(receivedMessageIds()).hasSize(6)
				.doesNotHaveDuplicates()
				.containsAll(lapsed)
				.containsAll(waiting);
			Instant checkpoint = jdbc.sql("select checkpoint_time from pg_control_checkpoint()")
				.query(OffsetDateTime.class)
				.single()
				.toInstant();
			List<Instant> lapsedSent = sentTimes("lapsed-at-recovery");
			assertThat(lapsedSent).hasSize(3)
				.allSatisfy((sent) -> assertThat(sent).isAfterOrEqualTo(checkpoint.plusSeconds(20)));
			assertThat(sentTimes("waiting-at-recovery")).hasSize(3)
				.allSatisfy((sent) -> assertThat(sent).isBefore(checkpoint.plusSeconds(20)));
		}
	}

	private List<Instant> sentTimes(String kind) {
		return this.writer.getBean(JdbcClient.class)
			.sql("select sent_at from email_message where status = 'SENT' and subject like :kind")
			.param("kind", "%(" + kind + ")")
			.query(OffsetDateTime.class)
			.list()
			.stream()
			.map(OffsetDateTime::toInstant)
			.toList();
	}

	/**
	 * Queues the emails in one transaction and returns the Message-IDs they will have.
	 */
	private Set<String> queue(int count, String kind) {
		Emails emails = this.writer.getBean(Emails.class);
		List<UUID> ids = this.writer.getBean(TransactionTemplate.class)
			.execute((status) -> IntStream.range(0, count)
				.mapToObj((i) -> emails.queue(new Email(kind + "-" + (i % 20) + "@instances.test",
						"Message " + i + " (" + kind + ")", "Hello, this is message " + i + ".")))
				.toList());
		return ids.stream().map((id) -> "<" + id + "@covenantconnects.invalid>").collect(Collectors.toSet());
	}

	/**
	 * Waits for every email to be finished, then for the mail server to hold the given
	 * number. A delivery is recorded as its last line leaves, before the server has taken
	 * the message in, so a finished outbox can run a moment ahead of the server.
	 */
	private void awaitAllFinishedAndReceived(int count, Duration atMost) {
		this.outbox.awaitAllFinished(atMost);
		awaitUntil(Duration.ofSeconds(30),
				() -> "the mail server to receive " + count + " emails, every email being finished; it has "
						+ this.mailServer.getReceivedMessages().length + ". Not received: " + notReceived(),
				() -> this.mailServer.getReceivedMessages().length >= count);
	}

	/**
	 * The outbox's rows made in this test whose messages the mail server has not
	 * received.
	 */
	private List<String> notReceived() {
		Set<String> received = Set.copyOf(receivedMessageIds());
		return this.writer.getBean(JdbcClient.class)
			.sql("select id, subject, status, attempts, sent_at, last_error from email_message "
					+ "where created_at >= :since order by created_at")
			.param("since", this.testStarted)
			.query((rs, i) -> (received.contains("<" + rs.getObject("id") + "@covenantconnects.invalid>")) ? null
					: rs.getString("subject") + " " + rs.getString("status") + " after " + rs.getInt("attempts")
							+ " attempt(s), sent at " + rs.getString("sent_at") + ", last error: "
							+ rs.getString("last_error"))
			.list()
			.stream()
			.filter(Objects::nonNull)
			.toList();
	}

	private void awaitReceived(int count, Duration atMost) {
		awaitUntil(atMost, count + " emails to arrive", () -> this.mailServer.getReceivedMessages().length >= count);
	}

	private static void awaitUntil(Duration atMost, String waitingFor, BooleanSupplier condition) {
		awaitUntil(atMost, () -> waitingFor, condition);
	}

	/** Looks every 20 ms until the condition holds, and fails after {@code atMost}. */
	private static void awaitUntil(Duration atMost, Supplier<String> waitingFor, BooleanSupplier condition) {
		Instant deadline = Instant.now().plus(atMost);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Waited " + atMost + " for " + waitingFor.get());
			}
			Outbox.pause(20);
		}
	}

	private List<String> receivedMessageIds() {
		return Arrays.stream(this.mailServer.getReceivedMessages()).map((message) -> {
			try {
				return message.getMessageID();
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private Map<String, Long> senders() {
		return Arrays.stream(this.mailServer.getReceivedMessages())
			.map(OutboxAcrossInstancesTests::from)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	private static String from(MimeMessage message) {
		try {
			return ((InternetAddress) message.getFrom()[0]).getAddress();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long sentCount(String kind) {
		return this.writer.getBean(JdbcClient.class)
			.sql("select count(*) from email_message where status = 'SENT' and subject like :kind")
			.param("kind", "%(" + kind + ")")
			.query(Long.class)
			.single();
	}

	private long statusCount(String status) {
		return this.writer.getBean(JdbcClient.class)
			.sql("select count(*) from email_message where status = :status")
			.param("status", status)
			.query(Long.class)
			.single();
	}

	private Map<String, Object> sender(Map<String, Object> more) {
		Map<String, Object> settings = new HashMap<>(
				Map.of("connects.mail.senders", 1, "connects.mail.dispatch-interval", "100ms", "connects.mail.lease",
						"30s", "connects.mail.lapsed-lease-grace", "1s"));
		settings.putAll(more);
		return settings(settings);
	}

	private Map<String, Object> settings(Map<String, Object> more) {
		return OtherInstances.settings(this.database, this.mailServer.getSmtp().getPort(), more);
	}

	private static Map<String, Object> with(Map<String, Object> settings, String name, Object value) {
		Map<String, Object> more = new HashMap<>(settings);
		more.put(name, value);
		return more;
	}

}
