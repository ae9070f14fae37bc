package org.covenantconnects.alert.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntSupplier;

import org.covenantconnects.ConnectsApplication;
import org.covenantconnects.alert.Frequency;
import org.covenantconnects.opportunity.OpportunityId;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures the fan-out of one national opportunity against a bare {@code INSERT … SELECT}
 * of the same rows, and the weekly digest, on the generated national data set
 * ({@code bench/alerts.sh}, profile {@code bench-alerts}); prints the figures, removes
 * what it wrote and stops the application.
 */
public class AlertsBenchmark implements ApplicationRunner {

	private static final int ROUNDS = 3;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final FanOut fanOut;

	private final Digests digests;

	private final ConfigurableApplicationContext context;

	/** Rows written by the last measured statement. */
	private int lastRows;

	/** Emails queued by the last measured statement: the instant alerts. */
	private long lastEmails;

	AlertsBenchmark(JdbcClient jdbc, TransactionTemplate transactions, FanOut fanOut, Digests digests,
			ConfigurableApplicationContext context) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.fanOut = fanOut;
		this.digests = digests;
		this.context = context;
	}

	/** Starts the service on the data set, measures, and stops. */
	public static void main(String[] args) {
		new SpringApplicationBuilder(ConnectsApplication.class, AlertsBenchmark.class).profiles("bench-alerts")
			.run(args);
	}

	@Override
	public void run(ApplicationArguments args) {
		int code = 0;
		OffsetDateTime started = OffsetDateTime.now();
		List<OpportunityId> made = new ArrayList<>();
		try {
			long people = this.jdbc.sql("select count(*) from alert_preference").query(Long.class).single();
			print("people with alert preferences: %,d", people);
			made.add(nationalOpportunity("Benchmark national opportunity one"));
			made.add(nationalOpportunity("Benchmark national opportunity two"));
			fanOutAgainstBareInsert(made.get(0));
			weeklyDigest(made);
		}
		catch (RuntimeException ex) {
			ex.printStackTrace();
			code = 1;
		}
		finally {
			cleanUp(made, started);
		}
		int exit = code;
		System.exit(SpringApplication.exit(this.context, () -> exit));
	}

	private void fanOutAgainstBareInsert(OpportunityId opportunity) {
		List<Long> bare = new ArrayList<>();
		List<Long> service = new ArrayList<>();
		int rows = 0;
		long instant = 0;
		for (int round = 0; round < ROUNDS; round++) {
			// Alternate which goes first, so that neither always finds the cache warmer.
			if (round % 2 == 0) {
				bare.add(rolledBack(() -> bareInsert(opportunity)));
				service.add(rolledBack(() -> this.fanOut.fanOut(opportunity)));
			}
			else {
				service.add(rolledBack(() -> this.fanOut.fanOut(opportunity)));
				instant = this.lastEmails;
				bare.add(rolledBack(() -> bareInsert(opportunity)));
			}
			rows = this.lastRows;
		}
		long bareMedian = median(bare);
		long serviceMedian = median(service);
		print("fan-out of one national opportunity: %,d alerts, %,d of them instant emails queued in the same "
				+ "transaction (the bare insert queues none)", rows, instant);
		print("  bare INSERT ... SELECT: %s ms (median of %d: %s)", bareMedian, ROUNDS, bare);
		print("  FanOut.fanOut:          %s ms (median of %d: %s)", serviceMedian, ROUNDS, service);
		print("  ratio: %.2f (goal at most 1.5)", (double) serviceMedian / bareMedian);
	}

	private long rolledBack(IntSupplier work) {
		Long elapsed = this.transactions.execute((status) -> {
			long start = System.nanoTime();
			this.lastRows = work.getAsInt();
			long took = (System.nanoTime() - start) / 1_000_000;
			this.lastEmails = this.jdbc.sql("select count(*) from email_message where created_at >= now()")
				.query(Long.class)
				.single();
			status.setRollbackOnly();
			return took;
		});
		return (elapsed != null) ? elapsed : -1;
	}

	private int bareInsert(OpportunityId opportunity) {
		return this.jdbc
			.sql("insert into alert (opportunity_id, account_id, audience, in_app, email, created_at) "
					+ FanOut.FITTING)
			.param("opportunity", opportunity.value())
			.param("now", OffsetDateTime.now())
			.param("today", LocalDate.now(ZoneId.of("Europe/London")))
			.update();
	}

	private void weeklyDigest(List<OpportunityId> opportunities) {
		for (OpportunityId opportunity : opportunities) {
			this.fanOut.fanOut(opportunity);
		}
		LocalDate monday = LocalDate.now(ZoneId.of("Europe/London"))
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Digests.Run run = this.digests.run(Frequency.WEEKLY, monday);
		long took = run.took().toMillis();
		print("weekly digest: %,d emails queued in %,d ms (%.1f s; goal at most 60 s)", run.sent(), took,
				took / 1000.0);
		run.phases().forEach((phase, spent) -> print("  %-26s %6.1f s", phase + ":", spent.toMillis() / 1000.0));
	}

	/** A copy of a published opportunity, open to everyone aged 16 to 25 in England. */
	private OpportunityId nationalOpportunity(String title) {
		UUID id = UUID.randomUUID();
		List<String> columns = this.jdbc.sql("""
				select column_name from information_schema.columns
				where table_name = 'opportunity' and is_generated = 'NEVER' order by ordinal_position
				""").query(String.class).list();
		String names = String.join(", ", columns);
		String values = names.replaceFirst("\\bid\\b", "cast(:id as uuid)");
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc
				.sql("insert into opportunity (" + names + ") select " + values
						+ " from opportunity where status = 'PUBLISHED' order by id limit 1")
				.param("id", id)
				.update();
			this.jdbc.sql("""
					update opportunity set title = :title, scope = 'NATIONAL', regions = '{}', councils = '{}',
					  age_from = 16, age_to = 25, opens_on = null, closes_on = null, published_at = now(),
					  reconfirm_requested_at = null, confirmed_at = now()
					where id = :id
					""").param("title", title).param("id", id).update();
		});
		return new OpportunityId(id);
	}

	private void cleanUp(List<OpportunityId> opportunities, OffsetDateTime started) {
		this.transactions.executeWithoutResult((status) -> {
			for (OpportunityId opportunity : opportunities) {
				this.jdbc.sql("delete from alert where opportunity_id = :id").param("id", opportunity.value()).update();
				this.jdbc.sql("delete from opportunity where id = :id").param("id", opportunity.value()).update();
			}
			this.jdbc.sql("delete from alert_digest where sent_at >= :started").param("started", started).update();
			this.jdbc.sql("""
					delete from email_message where created_at >= :started and (subject like '%new opportunit%'
					  or subject like 'New opportunity for you:%' or subject like 'New for young people in your area:%')
					""").param("started", started).update();
		});
		this.jdbc.sql("vacuum analyze alert").update();
		this.jdbc.sql("vacuum analyze email_message").update();
	}

	private static long median(List<Long> values) {
		return values.stream().sorted().toList().get(values.size() / 2);
	}

	private static void print(String format, Object... args) {
		System.out.println("[alerts benchmark] " + String.format(format, args));
	}

}
