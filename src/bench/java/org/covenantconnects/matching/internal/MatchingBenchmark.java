package org.covenantconnects.matching.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.covenantconnects.ConnectsApplication;
import org.covenantconnects.careleaver.CareLeaverProfile;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.matching.web.CaseloadController;
import org.covenantconnects.matching.web.OpportunityMatchesController;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.Scope;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures recommendations on the generated national data set ({@code bench/matching.sh},
 * profile {@code bench-matching}): for one young person who turned matching on, the best
 * of every open opportunity with their reasons, as a coordinator's page asks for them;
 * and for one open opportunity, the best of every young person who turned matching on.
 * Prints p50 and p99 of each, then stops the application. The audit rows that ranking
 * young people writes are rolled back, so nothing is left behind.
 */
public class MatchingBenchmark implements ApplicationRunner {

	private static final int WARM_UP = 50;

	private static final int MEASURED = 400;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final CareLeavers careLeavers;

	private final Opportunities opportunities;

	private final Caseload caseload;

	private final MatchReasons reasons;

	private final ConfigurableApplicationContext context;

	MatchingBenchmark(JdbcClient jdbc, TransactionTemplate transactions, CareLeavers careLeavers,
			Opportunities opportunities, Caseload caseload, MatchReasons reasons,
			ConfigurableApplicationContext context) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.careLeavers = careLeavers;
		this.opportunities = opportunities;
		this.caseload = caseload;
		this.reasons = reasons;
		this.context = context;
	}

	/** Starts the service on the data set, measures, and stops. */
	public static void main(String[] args) {
		new SpringApplicationBuilder(ConnectsApplication.class, MatchingBenchmark.class).profiles("bench-matching")
			.run(args);
	}

	@Override
	public void run(ApplicationArguments args) {
		int code = 0;
		try {
			long everyone = this.jdbc.sql("select count(*) from care_leaver").query(Long.class).single();
			long matching = this.jdbc.sql("select count(*) from care_leaver where open_to_suggestions")
				.query(Long.class)
				.single();
			long open = this.jdbc.sql("select count(*) from opportunity where status = 'PUBLISHED'")
				.query(Long.class)
				.single();
			print("care leavers: %,d, of whom %,d turned matching on; published opportunities: %,d", everyone, matching,
					open);
			forOneYoungPerson();
			forOneOpportunity();
		}
		catch (RuntimeException ex) {
			ex.printStackTrace();
			code = 1;
		}
		int exit = code;
		System.exit(SpringApplication.exit(this.context, () -> exit));
	}

	private void forOneYoungPerson() {
		List<AccountId> people = this.jdbc
			.sql("select account_id from care_leaver where open_to_suggestions order by md5(account_id::text) limit :n")
			.param("n", WARM_UP + MEASURED)
			.query((rs, i) -> new AccountId(rs.getObject("account_id", UUID.class)))
			.list();
		List<Long> times = new ArrayList<>();
		List<Integer> fitting = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			AccountId person = people.get(i);
			long start = System.nanoTime();
			CareLeaverProfile profile = this.careLeavers.profile(person).orElseThrow();
			Opportunities.Recommended recommended = this.opportunities.recommendedFor(this.careLeavers.fitFor(profile),
					CaseloadController.RECOMMENDED);
			recommended.best().forEach((opportunity) -> this.reasons.why(profile, opportunity));
			long took = System.nanoTime() - start;
			if (i >= WARM_UP) {
				times.add(took);
				fitting.add(recommended.total());
			}
		}
		print("recommendations for one young person (the best %d of the open opportunities that fit, with reasons):",
				CaseloadController.RECOMMENDED);
		report(times, "young people", median(fitting.stream().map(Integer::longValue).toList()),
				"opportunities fit each");
	}

	private void forOneOpportunity() {
		List<OpportunityId> all = ids("");
		List<OpportunityId> national = ids("and scope = 'NATIONAL'");
		measureOpportunities("one open opportunity, any scope", all);
		measureOpportunities("one national opportunity (the most young people to rank)", national);
	}

	private List<OpportunityId> ids(String andWhere) {
		return this.jdbc
			.sql("select id from opportunity where status = 'PUBLISHED' and (closes_on is null or closes_on >= "
					+ "current_date) " + andWhere + " order by md5(id::text) limit :n")
			.param("n", WARM_UP + MEASURED)
			.query((rs, i) -> new OpportunityId(rs.getObject("id", UUID.class)))
			.list();
	}

	private void measureOpportunities(String what, List<OpportunityId> ids) {
		AccountId coordinator = new AccountId(UUID.randomUUID());
		List<Long> times = new ArrayList<>();
		List<Long> candidates = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			OpportunityId id = ids.get(i);
			long[] result = rolledBack(() -> {
				long start = System.nanoTime();
				OpportunityView opportunity = this.opportunities.find(id).orElseThrow();
				Caseload.Candidates found = this.caseload.candidatesFor(coordinator, opportunity,
						OpportunityMatchesController.SHOWN);
				return new long[] { System.nanoTime() - start, found.total(),
						(opportunity.details().scope() == Scope.NATIONAL) ? 1 : 0 };
			});
			if (i >= WARM_UP) {
				times.add(result[0]);
				candidates.add(result[1]);
			}
		}
		print("recommendations for %s (the best %d young people who turned matching on, with reasons):", what,
				OpportunityMatchesController.SHOWN);
		report(times, "opportunities", median(candidates), "young people fit each");
	}

	private long[] rolledBack(Supplier<long[]> work) {
		return this.transactions.execute((status) -> {
			long[] result = work.get();
			status.setRollbackOnly();
			return result;
		});
	}

	private static void report(List<Long> nanos, String of, long typical, String fit) {
		List<Long> sorted = nanos.stream().sorted().toList();
		print("  %d %s measured after %d to warm up; median %,d %s", sorted.size(), of, WARM_UP, typical, fit);
		print("  p50 %.1f ms, p99 %.1f ms, max %.1f ms", ms(percentile(sorted, 50)), ms(percentile(sorted, 99)),
				ms(sorted.get(sorted.size() - 1)));
	}

	private static long percentile(List<Long> sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	private static long median(List<Long> values) {
		return values.isEmpty() ? 0 : values.stream().sorted().toList().get(values.size() / 2);
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}

	private static void print(String format, Object... args) {
		System.out.println("[matching benchmark] " + String.format(format, args));
	}

}
