package org.covenantconnects.opportunity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.covenantconnects.ConnectsApplication;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.SearchCriteria;
import org.covenantconnects.opportunity.SearchResults;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.RegionCode;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures the search that forgives typing mistakes on the generated national data set
 * ({@code bench/misspelt-search.sh}, profile {@code bench-search}, nothing kept between
 * searches): the misspelt words of {@code bench/wrk/varied-search.lua}, with each region
 * or none, each category or none, pages 1 to 3 (every seventh of them). Each search is
 * asked in the same process of PostgreSQL alone (full text search, which finds nothing,
 * then its trigrams) and of the copy in memory ({@link SimilarWords}), in turns, and the
 * two answers are compared. Prints p50, p99 and the mean of each and how many answers
 * differed, then stops.
 */
public class MisspeltSearchBenchmark implements ApplicationRunner {

	private static final List<String> MISSPELT = List.of("aprenticeship", "internshp", "mentorng", "trainning",
			"workshp", "discout", "aprentice", "bakrey");

	private static final List<String> REGIONS = List.of("", "E12000001", "E12000002", "E12000003", "E12000004",
			"E12000005", "E12000006", "E12000007", "E12000008", "E12000009");

	private static final List<String> CATEGORIES = List.of("", "EMPLOYMENT_AND_WORK_EXPERIENCE",
			"EDUCATION_AND_TRAINING", "MONEY_AND_FINANCIAL_SUPPORT", "INDEPENDENT_LIVING_AND_HOUSING",
			"HEALTH_AND_WELLBEING", "LEISURE_AND_LIFESTYLE");

	/**
	 * Every this many of the searches is asked, so that the run takes a minute or two.
	 */
	private static final int EVERY = 7;

	private static final int WARM_UP = 40;

	private final OpportunityRepository repository;

	private final JdbcClient jdbc;

	private final Places places;

	private final ConfigurableApplicationContext context;

	MisspeltSearchBenchmark(OpportunityRepository repository, JdbcClient jdbc, Places places,
			ConfigurableApplicationContext context) {
		this.repository = repository;
		this.jdbc = jdbc;
		this.places = places;
		this.context = context;
	}

	/** Starts the service on the data set, measures, and stops. */
	public static void main(String[] args) {
		new SpringApplicationBuilder(ConnectsApplication.class, MisspeltSearchBenchmark.class).profiles("bench-search")
			.run(args);
	}

	@Override
	public void run(ApplicationArguments args) {
		int code = 0;
		try {
			measure();
		}
		catch (RuntimeException ex) {
			ex.printStackTrace();
			code = 1;
		}
		int exit = code;
		System.exit(SpringApplication.exit(this.context, () -> exit));
	}

	private void measure() {
		Instant now = Instant.now();
		LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Europe/London"));
		Instant hideBefore = now.minus(Opportunity.RECONFIRM_GRACE);
		List<SearchCriteria> searches = new ArrayList<>();
		int n = 0;
		for (String words : MISSPELT) {
			for (String region : REGIONS) {
				for (String category : CATEGORIES) {
					for (int page = 1; page <= 3; page++) {
						if (n++ % EVERY == 0) {
							searches.add(new SearchCriteria(words, region.isEmpty() ? null : new RegionCode(region),
									null, category.isEmpty() ? Set.of() : Set.of(Category.valueOf(category)), null,
									null, false, false, false, null, page, 0));
						}
					}
				}
			}
		}
		List<String> texts = this.jdbc
			.sql("select search_text from opportunity where status = 'PUBLISHED' order by published_at desc, id")
			.query(String.class)
			.list();
		long building = System.nanoTime();
		SimilarWords.of(texts);
		building = System.nanoTime() - building;
		print("published opportunities: %,d; their words compared by trigrams read in %.0f ms; searches: %,d, "
				+ "the first %d asked once before to warm up", texts.size(), ms(building), searches.size(), WARM_UP);
		List<SearchCriteria> asked = new ArrayList<>(searches.subList(0, WARM_UP));
		asked.addAll(searches);
		List<Long> database = new ArrayList<>();
		List<Long> memory = new ArrayList<>();
		int differ = 0;
		long found = 0;
		for (int i = 0; i < asked.size(); i++) {
			SearchCriteria criteria = asked.get(i);
			List<LocalAuthorityId> councils = councilsOf(criteria.region());
			long start = System.nanoTime();
			SearchResults fromDatabase = this.repository.searchInDatabase(criteria, councils, null, today, hideBefore);
			long middle = System.nanoTime();
			SearchResults fromMemory = this.repository.search(criteria, councils, null, today, hideBefore);
			long end = System.nanoTime();
			if (i >= WARM_UP) {
				database.add(middle - start);
				memory.add(end - middle);
				found += fromMemory.total();
				if (fromDatabase.total() != fromMemory.total() || !ids(fromDatabase).equals(ids(fromMemory))) {
					differ++;
				}
			}
		}
		print("matches per search: %,d on average; answers that differed: %d of %,d", found / memory.size(), differ,
				memory.size());
		report("PostgreSQL alone (pg_trgm)", database);
		report("the copy in memory (SimilarWords)", memory);
	}

	private List<LocalAuthorityId> councilsOf(RegionCode region) {
		return (region == null) ? List.of()
				: this.places.localAuthorities()
					.stream()
					.filter((council) -> council.region().equals(region))
					.map(LocalAuthority::id)
					.toList();
	}

	private static List<Object> ids(SearchResults results) {
		return results.items().stream().map(OpportunityView::id).map(Object.class::cast).toList();
	}

	private static void report(String what, List<Long> nanos) {
		List<Long> sorted = nanos.stream().sorted().toList();
		double mean = nanos.stream().mapToLong(Long::longValue).average().orElse(0);
		print("  %s: p50 %.2f ms, p99 %.2f ms, mean %.2f ms", what, ms(percentile(sorted, 50)),
				ms(percentile(sorted, 99)), mean / 1_000_000.0);
	}

	private static long percentile(List<Long> sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}

	private static void print(String format, Object... args) {
		System.out.println("[search benchmark] " + String.format(format, args));
	}

}
