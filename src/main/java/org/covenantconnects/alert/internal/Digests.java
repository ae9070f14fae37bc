package org.covenantconnects.alert.internal;

import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.covenantconnects.alert.Frequency;
import org.covenantconnects.email.Email;
import org.covenantconnects.email.Emails;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Weekly and monthly emails listing the alerts made since the last one. An alert is
 * emailed once: the instant ones are marked when queued, so no digest repeats them. Safe
 * on several instances: a person's digest for a period is claimed by inserting its row
 * (unique per person, frequency and period) in the same transaction that queues it.
 */
@Component
public class Digests {

	private static final Log log = LogFactory.getLog(Digests.class);

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final Emails emails;

	private final Opportunities opportunities;

	private final UnsubscribeLinks links;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String baseUrl;

	private final int batchSize;

	private final int workers;

	public Digests(JdbcClient jdbc, Emails emails, Opportunities opportunities, UnsubscribeLinks links,
			TransactionTemplate transactions, Clock clock, @Value("${connects.base-url}") String baseUrl,
			@Value("${connects.alerts.digest-batch-size:1000}") int batchSize,
			@Value("${connects.alerts.digest-workers:2}") int workers) {
		this.jdbc = jdbc;
		this.emails = emails;
		this.opportunities = opportunities;
		this.links = links;
		this.transactions = transactions;
		this.clock = clock;
		this.baseUrl = baseUrl;
		this.batchSize = batchSize;
		this.workers = Math.max(1, workers);
	}

	@Scheduled(cron = "${connects.alerts.weekly-digest-cron:0 0 7 * * MON}", zone = "Europe/London")
	void sendWeekly() {
		send(Frequency.WEEKLY, today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
	}

	@Scheduled(cron = "${connects.alerts.monthly-digest-cron:0 0 7 1 * *}", zone = "Europe/London")
	void sendMonthly() {
		send(Frequency.MONTHLY, today().withDayOfMonth(1));
	}

	/**
	 * Queues the digests of the period for everyone with alerts waiting for one.
	 * @return how many digests this call queued
	 */
	public int send(Frequency frequency, LocalDate periodStart) {
		return run(frequency, periodStart).sent();
	}

	/**
	 * Queues the period's digests, and says where the time went. Everyone waiting for one
	 * is read at once; batches of them are then handed out in turn to
	 * {@code connects.alerts.digest-workers} threads, each batch in a transaction of its
	 * own, so that the database works on several at once. A batch that fails is rolled
	 * back whole (its alerts wait for the next run) and its worker stops; any others
	 * finish the rest, and the failure is thrown at the end.
	 */
	Run run(Frequency frequency, LocalDate periodStart) {
		if (frequency != Frequency.WEEKLY && frequency != Frequency.MONTHLY) {
			throw new IllegalArgumentException("Digests are weekly or monthly");
		}
		Map<OpportunityId, Optional<OpportunityView>> seen = new ConcurrentHashMap<>();
		Phases phases = new Phases();
		People people = new People(frequency, phases);
		AtomicInteger sent = new AtomicInteger();
		Runnable worker = () -> {
			for (List<UUID> batch = people.next(); !batch.isEmpty(); batch = people.next()) {
				List<UUID> these = batch;
				Integer queued = this.transactions
					.execute((status) -> sendBatch(frequency, periodStart, these, seen, phases));
				sent.addAndGet((queued != null) ? queued : 0);
			}
		};
		long started = System.nanoTime();
		if (this.workers == 1) {
			worker.run();
		}
		else {
			inParallel(worker, this.workers);
		}
		Run run = new Run(sent.get(), Duration.ofNanos(System.nanoTime() - started), phases.taken());
		log.info(run.describe(frequency, periodStart));
		return run;
	}

	/**
	 * Runs the worker on that many threads of its own and waits for them all; the first
	 * failure is thrown once they have all stopped.
	 */
	@SuppressFBWarnings(value = "THROWS_METHOD_THROWS_RUNTIMEEXCEPTION",
			justification = "Rethrows the first worker failure unchanged, so the caller sees what went wrong")
	private static void inParallel(Runnable worker, int threads) {
		ExecutorService pool = Executors.newFixedThreadPool(threads, (task) -> {
			Thread thread = new Thread(task, "digests");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				running.add(pool.submit(worker));
			}
			RuntimeException failure = null;
			for (Future<?> one : running) {
				try {
					one.get();
				}
				catch (ExecutionException ex) {
					if (failure == null) {
						failure = (ex.getCause() instanceof RuntimeException runtime) ? runtime
								: new IllegalStateException(ex.getCause());
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while sending digests", ex);
				}
			}
			if (failure != null) {
				throw failure;
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Claims the digests of a batch of people and queues them, in the caller's
	 * transaction. Anyone whose digest for the period was claimed already, by another
	 * thread or instance, is left out.
	 * @return how many digests were queued
	 */
	private int sendBatch(Frequency frequency, LocalDate periodStart, List<UUID> people,
			Map<OpportunityId, Optional<OpportunityView>> seen, Phases phases) {
		long mark = System.nanoTime();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		Map<AccountId, Digest> digests = new LinkedHashMap<>();
		this.jdbc.sql("""
				with claimed as (
				  insert into alert_digest (account_id, frequency, period_start, alerts, sent_at)
				  select p, :frequency, :period, 0, :now from unnest(:people::uuid[]) p
				  on conflict do nothing returning account_id)
				update alert a set emailed_at = :now from claimed c, account acc
				where a.account_id = c.account_id and a.emailed_at is null and a.email = :frequency
				  and acc.id = a.account_id and acc.status = 'ACTIVE'
				returning a.account_id, acc.email, a.audience, a.opportunity_id
				""")
			.param("frequency", frequency.name())
			.param("period", periodStart)
			.param("now", now)
			.param("people", people.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
			.query((rs, i) -> new Row(new AccountId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3),
					new OpportunityId(rs.getObject(4, UUID.class))))
			.list()
			.forEach((row) -> digests
				.computeIfAbsent(row.account(), (a) -> new Digest(a, row.email(), row.audience(), new ArrayList<>()))
				.opportunities()
				.add(row.opportunity()));
		mark = phases.add("claiming alerts", mark);
		Map<AccountId, URI> unsubscribe = new HashMap<>();
		digests.keySet().forEach((account) -> unsubscribe.put(account, this.links.linkFor(account)));
		mark = phases.add("signing unsubscribe links", mark);
		List<Email> batch = new ArrayList<>();
		for (Digest digest : digests.values()) {
			List<OpportunityView> listed = digest.opportunities()
				.stream()
				.map((id) -> seen.computeIfAbsent(id, this.opportunities::findPublic))
				.flatMap(Optional::stream)
				.filter(OpportunityView::isOpen)
				.toList();
			if (!listed.isEmpty()) {
				batch.add(email(digest, frequency, listed, unsubscribe.get(digest.account())));
			}
		}
		mark = phases.add("writing emails", mark);
		this.emails.queueAll(batch);
		phases.add("queueing in the outbox", mark);
		return batch.size();
	}

	private Email email(Digest digest, Frequency frequency, List<OpportunityView> listed, URI unsubscribe) {
		boolean supporter = "SUPPORTER".equals(digest.audience());
		String when = (frequency == Frequency.WEEKLY) ? "this week" : "this month";
		StringBuilder text = new StringBuilder("Hello,\n\n");
		text.append(supporter
				? "New opportunities for young people in your area " + when
						+ ". If you support someone one of them would suit, you can send it to them from its page."
				: "New opportunities that fit what you told us, published " + when + ".");
		text.append("\n\n");
		for (OpportunityView opportunity : listed) {
			text.append(opportunity.details().title())
				.append(" (")
				.append(opportunity.organisationName())
				.append(")\n")
				.append(opportunity.details().summary())
				.append('\n')
				.append(this.baseUrl)
				.append("/opportunities/")
				.append(opportunity.id().value())
				.append("\n\n");
		}
		text.append("You can choose which alerts you get, and how often, at ").append(this.baseUrl).append("/alerts\n");
		String subject = ((listed.size() == 1) ? "1 new opportunity" : listed.size() + " new opportunities")
				+ (supporter ? " for young people in your area" : " for you");
		return new Email(digest.email(), subject, text.toString(), unsubscribe);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ENGLAND));
	}

	private record Digest(AccountId account, String email, String audience, List<OpportunityId> opportunities) {

	}

	private record Row(AccountId account, String email, String audience, OpportunityId opportunity) {

	}

	/**
	 * Everyone with alerts waiting for this kind of digest, read in one statement when
	 * the first batch is asked for, then handed out a batch at a time, in the order of
	 * their account ids, to whichever thread asks. Alerts made for others meanwhile wait
	 * for the next digest.
	 */
	private final class People {

		private final Frequency frequency;

		private final Phases phases;

		private List<UUID> everyone;

		private int next;

		People(Frequency frequency, Phases phases) {
			this.frequency = frequency;
			this.phases = phases;
		}

		/** The next batch, or an empty list when there is nobody left. */
		synchronized List<UUID> next() {
			if (this.everyone == null) {
				long mark = System.nanoTime();
				this.everyone = Digests.this.jdbc.sql("""
						select distinct account_id from alert where emailed_at is null and email = :frequency
						order by account_id
						""").param("frequency", this.frequency.name()).query(UUID.class).list();
				this.phases.add("choosing people", mark);
			}
			int from = this.next;
			this.next = Math.min(from + Digests.this.batchSize, this.everyone.size());
			return this.everyone.subList(from, this.next);
		}

	}

	/**
	 * One run of the digests: how many were queued, how long it took, and the time spent
	 * in each of its phases, in the order they first happened.
	 */
	record Run(int sent, Duration took, Map<String, Duration> phases) {

		String describe(Frequency frequency, LocalDate periodStart) {
			String parts = this.phases.entrySet()
				.stream()
				.map((phase) -> String.format("%s %.1f s", phase.getKey(), phase.getValue().toNanos() / 1e9))
				.collect(Collectors.joining(", "));
			return String.format("%s digests from %s: %,d queued in %.1f s (%s)", frequency.label(), periodStart,
					this.sent, this.took.toNanos() / 1e9, parts);
		}

	}

	/** Time spent in each phase of a run, added up over its batches. */
	private static final class Phases {

		private final Map<String, Long> nanos = new LinkedHashMap<>();

		/** Adds the time since {@code from} to the phase, and returns the time now. */
		synchronized long add(String phase, long from) {
			long now = System.nanoTime();
			this.nanos.merge(phase, now - from, Long::sum);
			return now;
		}

		synchronized Map<String, Duration> taken() {
			Map<String, Duration> taken = new LinkedHashMap<>();
			this.nanos.forEach((phase, spent) -> taken.put(phase, Duration.ofNanos(spent)));
			return taken;
		}

	}

}
