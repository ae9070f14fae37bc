package org.covenantconnects.email.internal;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import jakarta.annotation.PreDestroy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.covenantconnects.email.Email;
import org.covenantconnects.email.OutgoingEmail;
import org.covenantconnects.platform.Dataset;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued emails, on {@code connects.mail.senders} threads of its own in every
 * instance of the service.
 * <p>
 * <b>Claims with a lease.</b> A thread claims a batch of due rows in one short
 * transaction ({@code FOR UPDATE SKIP LOCKED}, so two claims never take the same row):
 * each becomes {@code SENDING} under a claim id, with {@code next_attempt_at} set to the
 * end of the lease ({@code connects.mail.lease}). It then delivers the rows one by one
 * and records each outcome at once, in its own statement, guarded by the claim id. No
 * lock is held while talking to a mail server.
 * <p>
 * <b>What is guaranteed.</b>
 * <ul>
 * <li>Every committed email is delivered, or ends {@code FAILED} or {@code SUPPRESSED}
 * with the reason; nothing is lost when an instance stops at any moment.</li>
 * <li>While the instances are alive, no message is sent twice: only the holder of a live
 * lease sends a row, and a thread starts no delivery once half its lease has passed (it
 * hands the rest of the batch back), so a delivery bounded by the mail timeouts ends well
 * before anyone else may claim the row.</li>
 * <li>An instance that shuts down (a deployment, a scale-in) finishes the message in
 * hand, records it and hands back the rest of its batch at once: nothing is sent
 * twice.</li>
 * <li>When the database goes away (restarted, failed over) while a message is in hand,
 * the sender keeps the outcome and records it as soon as the database is back, starting
 * nothing else meanwhile. Nobody can claim the row while the database is away, nor for
 * {@code connects.mail.lapsed-lease-grace} after its lease ends or the server starts, so
 * a restart sends nothing twice however long it lasts.</li>
 * <li>An instance that dies (killed, out of memory, the machine lost) sends nothing twice
 * over SMTP: each delivery is recorded at the final dot of the message's data (ADR 059),
 * and the dot is written straight after the record's commit has left for the database,
 * before its answer (ADR 061). So the server either never took a message whose sender
 * died, and nor was it recorded (it goes again after the lease, once), or it took one
 * whose record the database commits. Only a death between those two writes, a few
 * instructions apart on one thread, loses the message. Through GOV.UK Notify, a reclaimed
 * message is first looked up by its reference, and then not sent again. Rows the dead
 * instance had claimed but not begun are sent once, after the lease.</li>
 * </ul>
 * A failed attempt is retried after {@code connects.mail.retry-after}, doubling each
 * time, up to {@code connects.mail.max-attempts} attempts (a claim counts as an attempt,
 * so a message that brings its instance down ends {@code FAILED} too). A permanent
 * failure ends the message at once; when the fault is the address, the address is marked
 * undeliverable and later emails to it are {@code SUPPRESSED} without being tried.
 * <p>
 * <b>Secrets.</b> A message's secret (the token of a single-use link) is put back into
 * its body only on the way to the provider, and forgotten in the statement that records
 * the outcome: delivered, failed or suppressed. Only a recorded message in a database of
 * fictional data keeps it, for {@code /admin/messages}.
 */
@Component
public class EmailDispatcher implements SmartLifecycle {

	private static final Log log = LogFactory.getLog(EmailDispatcher.class);

	/**
	 * Claims lapsed leases first (rows a sender that died or hung had claimed), then the
	 * oldest due rows, so that a dead instance's emails go out within about one lease
	 * rather than after the whole backlog: a lapsed row is due at its lease's end, later
	 * than every row queued before it.
	 * <p>
	 * A lapsed row waits a further {@code connects.mail.lapsed-lease-grace}, counted from
	 * whichever is latest of its lease's end, the database server's start and its latest
	 * checkpoint: a live sender that delivered it while the database was away keeps
	 * trying to record that, and the grace lets it do so before anyone sends the row
	 * again. After a crash the server starts, recovers (16 s in one fault run, while
	 * refusing every connection) and then takes a checkpoint before it accepts
	 * connections, so the checkpoint is the first moment the sender can record anything.
	 * A routine checkpoint (every few minutes) holds lapsed rows back for the grace too,
	 * which delays only a dead sender's emails.
	 */
	private static final String CLAIM = """
			with lapsed as (
			  select m.id, m.recipient, 'SENDING' as was
			  from email_message m
			  where m.status = 'SENDING'
			    and m.next_attempt_at <= clock_timestamp() - make_interval(secs => :grace)
			    and greatest(pg_postmaster_start_time(), (select checkpoint_time from pg_control_checkpoint()))
			      <= clock_timestamp() - make_interval(secs => :grace)
			  order by m.next_attempt_at
			  limit :size
			  for update of m skip locked
			), waiting as (
			  select m.id, m.recipient, 'PENDING' as was
			  from email_message m
			  where m.status = 'PENDING' and m.next_attempt_at <= clock_timestamp()
			  order by m.next_attempt_at
			  limit greatest(:size - (select count(*) from lapsed), 0)
			  for update of m skip locked
			), due as (
			  select claimed.id, claimed.was,
			    exists (select 1 from email_undeliverable u where u.address = lower(claimed.recipient)) as undeliverable
			  from (select * from lapsed union all select * from waiting) claimed
			)
			update email_message m set
			  status = case when due.undeliverable then 'SUPPRESSED' when m.attempts >= :max then 'FAILED'
			    else 'SENDING' end,
			  attempts = case when due.undeliverable or m.attempts >= :max then m.attempts else m.attempts + 1 end,
			  claim = case when due.undeliverable or m.attempts >= :max then null else :claim end,
			  secret = case when due.undeliverable or m.attempts >= :max then null else m.secret end,
			  next_attempt_at = clock_timestamp() + make_interval(secs => :lease),
			  last_error = case
			    when due.undeliverable then 'Not sent: the address is marked undeliverable'
			    when m.attempts >= :max then 'Not sent: gave up after ' || m.attempts || ' attempts'
			    else m.last_error end
			from due
			where m.id = due.id
			returning m.id, m.recipient, m.subject, m.text_body, m.html_body, m.secret, m.unsubscribe_url, m.status,
			  m.attempts, due.was
			""";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	/**
	 * Connections of the senders' own for recording deliveries, whose sockets let a
	 * message go as its record's commit leaves (ADR 061).
	 */
	private final DataSource recordingConnections;

	private final TransactionTemplate transactions;

	private final EmailDelivery delivery;

	private final Dataset dataset;

	private final int senders;

	private final int batchSize;

	private final Duration interval;

	private final Duration lease;

	private final int maxAttempts;

	private final Duration retryAfter;

	private final Duration lapsedLeaseGrace;

	/**
	 * Whether each delivery's record waits for the database to flush it to disk (ADR
	 * 035).
	 */
	private volatile boolean durableRecords;

	private final Object signal = new Object();

	private boolean woken;

	private volatile boolean running;

	private final List<Thread> threads = new ArrayList<>();

	EmailDispatcher(JdbcClient jdbc, DataSource dataSource, TransactionTemplate transactions, EmailDelivery delivery,
			Dataset dataset, @Value("${connects.mail.senders:1}") int senders,
			@Value("${connects.mail.batch-size:50}") int batchSize,
			@Value("${connects.mail.dispatch-interval:2s}") Duration interval,
			@Value("${connects.mail.lease:5m}") Duration lease,
			@Value("${connects.mail.max-attempts:8}") int maxAttempts,
			@Value("${connects.mail.retry-after:15s}") Duration retryAfter,
			@Value("${connects.mail.lapsed-lease-grace:30s}") Duration lapsedLeaseGrace,
			@Value("${connects.mail.durable-delivery-records:true}") boolean durableRecords) {
		this.durableRecords = durableRecords;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.recordingConnections = HandoverSockets.pool(dataSource, senders);
		this.transactions = transactions;
		this.delivery = delivery;
		this.dataset = dataset;
		this.senders = senders;
		this.batchSize = batchSize;
		this.interval = interval;
		this.lease = lease;
		this.maxAttempts = maxAttempts;
		this.retryAfter = retryAfter;
		this.lapsedLeaseGrace = lapsedLeaseGrace;
	}

	/**
	 * Records deliveries durably or not from the next batch on; for the dispatch
	 * benchmark, which measures both ways in one run.
	 */
	public void recordDeliveriesDurably(boolean durable) {
		this.durableRecords = durable;
	}

	/**
	 * Asks the sender threads to look for due messages now rather than at their next
	 * poll.
	 */
	public void wake() {
		synchronized (this.signal) {
			this.woken = true;
			this.signal.notifyAll();
		}
	}

	@Override
	public synchronized void start() {
		this.running = true;
		for (int i = 0; i < this.senders; i++) {
			Thread thread = new Thread(this::sendWhileRunning, "email-sender-" + (i + 1));
			thread.setDaemon(true);
			this.threads.add(thread);
			thread.start();
		}
	}

	/**
	 * Lets each sender finish the message in hand and hand back the rest of its batch,
	 * before the database connections close.
	 */
	@Override
	public synchronized void stop() {
		this.running = false;
		wake();
		for (Thread thread : this.threads) {
			try {
				thread.join(this.lease.dividedBy(2).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		this.threads.clear();
	}

	/** Closes the senders' own connections, once they have stopped. */
	@PreDestroy
	void closeRecordingConnections() {
		HandoverSockets.close(this.recordingConnections, this.dataSource);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Claims and delivers batch after batch, over one provider connection while there is
	 * work, and waits when there is none.
	 */
	private void sendWhileRunning() {
		EmailDelivery.Run run = null;
		try {
			while (this.running) {
				run = (run != null) ? run : this.delivery.open();
				int claimed;
				try {
					claimed = dispatchBatch(run);
				}
				catch (RuntimeException ex) {
					log.warn("Could not deliver queued emails; trying again shortly", ex);
					claimed = 0;
				}
				if (claimed < this.batchSize) {
					run.close();
					run = null;
					idle();
				}
			}
		}
		finally {
			if (run != null) {
				run.close();
			}
		}
	}

	@SuppressFBWarnings(value = "WA_NOT_IN_LOOP",
			justification = "One wait, then the dispatch loop looks for work again whatever woke it, so a spurious wake-up costs one empty look")
	private void idle() {
		synchronized (this.signal) {
			if (!this.woken && this.running) {
				try {
					this.signal.wait(Math.max(1, this.interval.toMillis()));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					this.running = false;
				}
			}
			this.woken = false;
		}
	}

	/**
	 * Claims up to one batch of due messages and delivers them.
	 * @return how many rows were claimed
	 */
	@SuppressFBWarnings(value = "IMPROPER_UNICODE",
			justification = "Addresses are lowercased the same way when marked undeliverable; a mismatch would only mean one more attempt to send")
	int dispatchBatch(EmailDelivery.Run run) {
		UUID claim = UUID.randomUUID();
		long claimedAt = System.nanoTime();
		List<Claimed> rows = this.jdbc.sql(CLAIM)
			.param("size", this.batchSize)
			.param("max", this.maxAttempts)
			.param("claim", claim)
			.param("lease", this.lease.toMillis() / 1000.0)
			.param("grace", this.lapsedLeaseGrace.toMillis() / 1000.0)
			.query((rs, i) -> {
				String secret = rs.getString("secret");
				String text = EmailBodies.reveal(rs.getString("text_body"), secret);
				String html = rs.getString("html_body");
				String unsubscribe = rs.getString("unsubscribe_url");
				OutgoingEmail email = new OutgoingEmail(rs.getObject("id", UUID.class), rs.getString("recipient"),
						rs.getString("subject"), text,
						(html != null) ? EmailBodies.revealInHtml(html, secret)
								: EmailBodies.html(rs.getString("subject"), text),
						(unsubscribe != null) ? URI.create(unsubscribe) : null);
				return new Claimed(email, rs.getString("status"), rs.getInt("attempts"),
						"SENDING".equals(rs.getString("was")));
			})
			.list();
		if (rows.isEmpty()) {
			return 0;
		}
		long startBy = claimedAt + this.lease.dividedBy(2).toNanos();
		Set<String> undeliverable = new HashSet<>();
		try (Outcomes outcomes = new Outcomes(this.recordingConnections, this.dataSource, this.dataset,
				this.durableRecords)) {
			for (Claimed row : rows) {
				if (!"SENDING".equals(row.status())) {
					continue;
				}
				if (!this.running || System.nanoTime() - startBy > 0) {
					handBack(claim);
					break;
				}
				if (undeliverable.contains(row.email().recipient().toLowerCase(Locale.ROOT))) {
					suppress(row, claim);
					continue;
				}
				deliver(run, outcomes, row, claim, undeliverable);
			}
		}
		return rows.size();
	}

	private void deliver(EmailDelivery.Run run, Outcomes outcomes, Claimed row, UUID claim, Set<String> undeliverable) {
		OutgoingEmail email = row.email();
		AtHandover handover = new AtHandover(outcomes, email.id(), claim);
		EmailDelivery.Outcome outcome;
		try {
			outcome = (row.reclaimed() && run.alreadyAccepted(email)) ? EmailDelivery.Outcome.SENT
					: run.deliver(email, handover);
		}
		catch (RuntimeException ex) {
			if (handover.state == Handing.CLAIM_LOST) {
				// Its row was erased with the person's data, or another sender claimed it
				// after this one stalled past the lease and the grace.
				log.warn("Email " + email.id() + " was kept back: it was erased, or another sender had "
						+ "claimed it again");
				return;
			}
			if (handover.state == Handing.NOT_RECORDED) {
				// Kept back at the dot. On a connection without the handover sockets the
				// commit may have been made though its answer was lost, so the row is
				// handed back whatever it says now.
				untilDone("hand back email " + email.id(), () -> handBack(email.id(), claim));
				return;
			}
			// Not taken: refused before the dot, or (after a record) at it, or the
			// connection went while waiting for the server's answer. A record made at the
			// handover is undone by the same statements, which the claim still guards.
			boolean recorded = handover.state == Handing.RECORDED || handover.state == Handing.RELEASED_UNCONFIRMED;
			untilDone("record the failed delivery of email " + email.id(),
					() -> recordFailure(row, claim, recorded, ex, undeliverable));
			return;
		}
		if (handover.state == Handing.RECORDED) {
			outcomes.handedOver(email.id());
			return;
		}
		// Outside the handlers above: a message that went must never be put back for a
		// retry because recording it failed. A message let go as its record's commit
		// left, whose answer was lost, is recorded here once the database is back
		// (or found recorded by that commit).
		if (!recordHeld(outcomes, email.id(), claim, outcome, handover.state == Handing.RELEASED_UNCONFIRMED)) {
			log.warn("Email " + email.id() + " was delivered but could not be recorded: it was erased, or "
					+ "another sender had claimed it again and it may arrive twice, with the same Message-ID");
		}
		if (handover.state == Handing.RELEASED_UNCONFIRMED) {
			outcomes.handedOver(email.id());
		}
	}

	/**
	 * @param recorded whether the delivery was recorded at its handover, so the row is
	 * {@code SENT} and no longer holds the claim
	 */
	private void recordFailure(Claimed row, UUID claim, boolean recorded, RuntimeException ex,
			Set<String> undeliverable) {
		if (!(ex instanceof DeliveryFailure failure)) {
			retryLater(row, claim, recorded, ex);
			return;
		}
		switch (failure.kind()) {
			case TEMPORARY -> retryLater(row, claim, recorded, failure);
			case MESSAGE_REFUSED -> fail(row, claim, recorded, failure.getMessage());
			case ADDRESS_UNDELIVERABLE -> {
				markUndeliverable(row, claim, recorded, failure.getMessage());
				undeliverable.add(row.email().recipient().toLowerCase(Locale.ROOT));
			}
		}
	}

	/**
	 * Runs a statement that must land, and when the database cannot be reached keeps
	 * trying, every second at most, until it can or this instance stops. The thread
	 * starts no other delivery meanwhile.
	 */
	private void untilDone(String what, Runnable statement) {
		long wait = 100;
		boolean retried = false;
		while (true) {
			try {
				statement.run();
				return;
			}
			catch (DataAccessException ex) {
				if (!this.running) {
					log.warn("Could not " + what + " before this instance stopped", ex);
					return;
				}
				if (!retried) {
					log.warn("Could not " + what + "; trying again until the database is back: "
							+ ex.getMostSpecificCause().getMessage());
				}
				retried = true;
				try {
					Thread.sleep(wait);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
				wait = Math.min(wait * 2, 1000);
			}
		}
	}

	/** Where a delivery stands at its handover to the provider. */
	private enum Handing {

		/**
		 * The provider has not asked (it has no such moment, or did not get that far).
		 */
		NOT_ASKED,
		/** Recorded as delivered, and let go as the record's commit left. */
		RECORDED,
		/**
		 * Let go as the record's commit left, but the database's answer never came (its
		 * connection was lost): the record may or may not have been made.
		 */
		RELEASED_UNCONFIRMED,
		/** Another sender had claimed the row since: kept back. */
		CLAIM_LOST,
		/** The record could not be made, or its commit never left: kept back. */
		NOT_RECORDED

	}

	/**
	 * Records a delivery at the provider's last moment before it takes the message, on
	 * the batch's recording connection, in one transaction guarded by the claim, and lets
	 * the message go as the commit leaves (ADR 061). The row keeps its secret until the
	 * batch ends, so that a refusal at the dot can still put it back for a retry with its
	 * link intact.
	 */
	private static final class AtHandover implements EmailDelivery.Handover {

		private final Outcomes outcomes;

		private final UUID id;

		private final UUID claim;

		private Handing state = Handing.NOT_ASKED;

		AtHandover(Outcomes outcomes, UUID id, UUID claim) {
			this.outcomes = outcomes;
			this.id = id;
			this.claim = claim;
		}

		@Override
		public boolean recordDelivered(Runnable release) {
			this.state = this.outcomes.recordHandover(this.id, this.claim, release);
			return this.state == Handing.RECORDED || this.state == Handing.RELEASED_UNCONFIRMED;
		}

	}

	/**
	 * Records a delivery, and when the database cannot be reached (restarted, failed
	 * over, the network lost) keeps trying, every second at most, until it can or this
	 * instance stops. The thread starts no other delivery meanwhile. While the database
	 * is away nobody can claim the row; once it is back, nobody may claim the row again
	 * until its lease has lapsed by {@code connects.mail.lapsed-lease-grace} and the
	 * server has been up that long, so the record lands first however long the outage
	 * lasted: a database restart sends nothing twice. The record is refused only when
	 * another sender has claimed the row since (this one was stalled longer than the
	 * lease and the grace), as if this instance had died.
	 * @param perhapsRecorded whether a commit of the record may have landed without its
	 * answer
	 * @return whether the delivery is recorded
	 */
	private boolean recordHeld(Outcomes outcomes, UUID id, UUID claim, EmailDelivery.Outcome outcome,
			boolean perhapsRecorded) {
		long wait = 100;
		boolean retried = false;
		while (true) {
			try {
				return outcomes.record(id, claim, outcome)
						|| ((retried || perhapsRecorded) && outcomes.isRecorded(id, outcome));
			}
			catch (DataAccessException ex) {
				outcomes.forgetConnection();
				if (!this.running) {
					log.warn("Could not record the delivery of email " + id + " before this instance stopped", ex);
					return false;
				}
				if (!retried) {
					log.warn("Could not record the delivery of email " + id + "; trying again until the database "
							+ "is back: " + ex.getMostSpecificCause().getMessage());
				}
				retried = true;
				try {
					Thread.sleep(wait);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return false;
				}
				wait = Math.min(wait * 2, 1000);
			}
		}
	}

	private void retryLater(Claimed row, UUID claim, boolean recorded, RuntimeException ex) {
		Duration delay = this.retryAfter.multipliedBy(1L << Math.min(Math.max(row.attempts() - 1, 0), 10));
		boolean giveUp = row.attempts() >= this.maxAttempts;
		log.warn("Email " + row.email().id() + " not delivered (attempt " + row.attempts() + "): " + ex.getMessage());
		this.jdbc
			.sql("""
					update email_message set status = :status, next_attempt_at = clock_timestamp() + make_interval(secs => :delay),
					  last_error = :error, claim = null, secret = case when :status = 'FAILED' then null else secret end
					where id = :id and (claim = :claim or (:recorded and status = 'SENT'))
					""")
			.param("recorded", recorded)
			.param("status", giveUp ? "FAILED" : "PENDING")
			.param("delay", delay.toMillis() / 1000.0)
			.param("error", String.valueOf(ex.getMessage()))
			.param("id", row.email().id())
			.param("claim", claim)
			.update();
	}

	private void fail(Claimed row, UUID claim, boolean recorded, String reason) {
		log.warn("Email " + row.email().id() + " refused for good: " + reason);
		this.jdbc
			.sql("update email_message set status = 'FAILED', last_error = :error, claim = null, secret = null, "
					+ "sent_at = null where id = :id and (claim = :claim or (:recorded and status = 'SENT'))")
			.param("recorded", recorded)
			.param("error", reason)
			.param("id", row.email().id())
			.param("claim", claim)
			.update();
	}

	private void markUndeliverable(Claimed row, UUID claim, boolean recorded, String reason) {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc
				.sql("""
						insert into email_undeliverable (address, reason, since) values (lower(:address), :reason, clock_timestamp())
						on conflict (address) do nothing
						""")
				.param("address", row.email().recipient())
				.param("reason", reason)
				.update();
			fail(row, claim, recorded, "The address is undeliverable: " + reason);
		});
	}

	private void suppress(Claimed row, UUID claim) {
		this.jdbc.sql("""
				update email_message set status = 'SUPPRESSED', attempts = attempts - 1, claim = null, secret = null,
				  last_error = 'Not sent: the address is marked undeliverable'
				where id = :id and claim = :claim
				""").param("id", row.email().id()).param("claim", claim).update();
	}

	/**
	 * Returns one row kept back at its handover, for any instance to take at once,
	 * whether or not the record of its delivery reached the database.
	 */
	private void handBack(UUID id, UUID claim) {
		this.jdbc.sql("""
				update email_message set status = 'PENDING', attempts = attempts - 1, claim = null, sent_at = null,
				  next_attempt_at = clock_timestamp()
				where id = :id and (claim = :claim or status = 'SENT')
				""").param("id", id).param("claim", claim).update();
	}

	/**
	 * Returns the rows of a claim not yet attempted, for any instance to take at once.
	 */
	private void handBack(UUID claim) {
		this.jdbc.sql("""
				update email_message set status = 'PENDING', attempts = attempts - 1, claim = null,
				  next_attempt_at = clock_timestamp()
				where claim = :claim and status = 'SENDING'
				""").param("claim", claim).update();
	}

	/**
	 * Records deliveries, one statement each on one connection held for the batch. By
	 * default each record waits for the database to flush it to disk, so a database crash
	 * forgets no delivery and sends nothing twice (ADR 035 measured the cost). With
	 * {@code connects.mail.durable-delivery-records=false} the records do not wait: a
	 * database crash may then forget the last fraction of a second of outcomes, and those
	 * messages go again with the same Message-ID after their lease. Claims are always
	 * flushed, so a lease never goes back.
	 * <p>
	 * The same statement forgets the message's secret: once delivered, the only copy is
	 * the recipient's. A recorded message keeps it while the database holds fictional
	 * data only, so that someone trying the service can follow its links from
	 * {@code /admin/messages}.
	 */
	private static final class Outcomes implements AutoCloseable {

		private final DataSource recordingConnections;

		private final DataSource dataSource;

		private final Dataset dataset;

		private final boolean durable;

		private Connection connection;

		private PreparedStatement update;

		private PreparedStatement handover;

		/**
		 * The rows delivered at their handover, whose secrets are forgotten when the
		 * batch ends.
		 */
		private final List<UUID> handedOver = new ArrayList<>();

		/**
		 * Whether the database holds fictional data only; asked once a batch, if at all.
		 */
		private Boolean fictional;

		Outcomes(DataSource recordingConnections, DataSource dataSource, Dataset dataset, boolean durable) {
			this.recordingConnections = recordingConnections;
			this.dataSource = dataSource;
			this.dataset = dataset;
			this.durable = durable;
		}

		/**
		 * @return whether the claim still held, so the outcome was recorded
		 */
		boolean record(UUID id, UUID claim, EmailDelivery.Outcome outcome) {
			try {
				connect();
				this.update.setString(1, outcome.name());
				this.update.setBoolean(2, keepsSecret(outcome));
				this.update.setObject(3, id);
				this.update.setObject(4, claim);
				return this.update.executeUpdate() == 1;
			}
			catch (SQLException ex) {
				throw new DataAccessResourceFailureException("Could not record the delivery of email " + id, ex);
			}
		}

		/**
		 * Records a delivery at its handover, keeping the row's secret until the batch
		 * ends, and runs {@code release} straight after the record's commit has left for
		 * the database, before its answer (on a connection without
		 * {@link HandoverSockets}, once the commit has answered).
		 */
		Handing recordHandover(UUID id, UUID claim, Runnable release) {
			boolean ran = false;
			try {
				connect();
				this.connection.setAutoCommit(false);
				this.handover.setObject(1, id);
				this.handover.setObject(2, claim);
				if (this.handover.executeUpdate() != 1) {
					endWithoutRecord();
					return Handing.CLAIM_LOST;
				}
				HandoverSockets.afterNextStatement(release);
				try {
					this.connection.commit();
				}
				finally {
					ran = HandoverSockets.ran();
				}
				if (!ran) {
					// Connections without the handover sockets: let go once committed.
					ran = true;
					release.run();
				}
				this.connection.setAutoCommit(true);
				return Handing.RECORDED;
			}
			catch (SQLException ex) {
				forgetConnection();
				log.warn("Could not record the delivery of email " + id + ", so it was "
						+ (ran ? "let go and its record is made once the database answers: " : "kept back: ")
						+ ex.getMessage());
				return ran ? Handing.RELEASED_UNCONFIRMED : Handing.NOT_RECORDED;
			}
		}

		private void endWithoutRecord() {
			try {
				this.connection.rollback();
				this.connection.setAutoCommit(true);
			}
			catch (SQLException ex) {
				forgetConnection();
			}
		}

		/** Notes a delivery recorded at its handover and taken by the provider. */
		void handedOver(UUID id) {
			this.handedOver.add(id);
		}

		private void connect() throws SQLException {
			if (this.connection != null) {
				return;
			}
			this.connection = this.recordingConnections.getConnection();
			this.connection.setAutoCommit(true);
			if (!this.durable) {
				try (Statement statement = this.connection.createStatement()) {
					statement.execute("set synchronous_commit = off");
				}
			}
			this.update = this.connection.prepareStatement("""
					update email_message set status = ?, sent_at = clock_timestamp(), last_error = null,
					  claim = null, secret = case when ? then secret end
					where id = ? and claim = ?
					""");
			this.handover = this.connection.prepareStatement(
					"""
							update email_message set status = 'SENT', sent_at = clock_timestamp(), last_error = null, claim = null
							where id = ? and claim = ?
							""");
		}

		/**
		 * Whether the delivery is already recorded: a record whose commit reached the
		 * database just before the connection was lost, so its answer never came back.
		 */
		boolean isRecorded(UUID id, EmailDelivery.Outcome outcome) {
			try (Connection connection = this.dataSource.getConnection();
					PreparedStatement select = connection.prepareStatement(
							"select 1 from email_message where id = ? and status = ? and claim is null")) {
				select.setObject(1, id);
				select.setString(2, outcome.name());
				try (var found = select.executeQuery()) {
					return found.next();
				}
			}
			catch (SQLException ex) {
				throw new DataAccessResourceFailureException("Could not read the delivery of email " + id, ex);
			}
		}

		/**
		 * Lets go of a connection that failed, so that the next record takes a new one
		 * from the pool.
		 */
		void forgetConnection() {
			if (this.connection == null) {
				return;
			}
			try (Connection broken = this.connection) {
				this.update.close();
				this.handover.close();
			}
			catch (SQLException ex) {
				// It is already gone: nothing more to give back.
			}
			this.connection = null;
			this.update = null;
			this.handover = null;
		}

		private boolean keepsSecret(EmailDelivery.Outcome outcome) {
			if (outcome != EmailDelivery.Outcome.RECORDED) {
				return false;
			}
			if (this.fictional == null) {
				this.fictional = this.dataset.isFictional();
			}
			return this.fictional;
		}

		/**
		 * Forgets the secrets of the rows delivered at their handover, and gives the
		 * connection back. Should this fail, or the instance die first, the retention run
		 * forgets them.
		 */
		@Override
		public void close() {
			if (this.connection == null && this.handedOver.isEmpty()) {
				return;
			}
			try {
				connect();
			}
			catch (SQLException ex) {
				log.warn("Could not forget the secrets of delivered emails; the retention run will", ex);
				return;
			}
			try (Connection pooled = this.connection; Statement statement = pooled.createStatement()) {
				this.update.close();
				this.handover.close();
				if (!this.handedOver.isEmpty()) {
					try (PreparedStatement forget = pooled.prepareStatement(
							"update email_message set secret = null where id = any(?) and status = 'SENT'")) {
						forget.setArray(1, pooled.createArrayOf("uuid", this.handedOver.toArray()));
						forget.executeUpdate();
					}
				}
				if (!this.durable) {
					statement.execute("reset synchronous_commit");
				}
			}
			catch (SQLException ex) {
				log.warn("Could not give back the connection used to record deliveries", ex);
			}
		}

	}

	/**
	 * @param status the row's status after the claim: {@code SENDING}, or already
	 * {@code SUPPRESSED} or {@code FAILED}
	 * @param reclaimed whether an earlier claim lapsed without an outcome
	 */
	private record Claimed(OutgoingEmail email, String status, int attempts, boolean reclaimed) {

	}

}
