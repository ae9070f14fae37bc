package org.covenantconnects.opportunity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

import org.covenantconnects.ConnectsApplication;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.Outcome;
import org.covenantconnects.opportunity.SearchCriteria;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.RegionCode;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures the search's filters on the generated national data set
 * ({@code bench/search-filters.sh}, profile {@code bench-search}): for many searches
 * without words (a region or a council or neither, a category, an outcome, a type), every
 * published opportunity is tested as the filters tested it before (sets of records and
 * strings) and as they test it now ({@link SearchFilters}), in turns in the same process.
 * Checks that both accept the same; prints p50, p99 and the mean of each, then stops.
 */
public class SearchFiltersBenchmark implements ApplicationRunner {

	private static final int SEARCHES = 1_000;

	private static final int WARM_UP = 300;

	private final PublishedListing listing;

	private final Places places;

	private final ConfigurableApplicationContext context;

	SearchFiltersBenchmark(PublishedListing listing, Places places, ConfigurableApplicationContext context) {
		this.listing = listing;
		this.places = places;
		this.context = context;
	}

	/** Starts the service on the data set, measures, and stops. */
	public static void main(String[] args) {
		new SpringApplicationBuilder(ConnectsApplication.class, SearchFiltersBenchmark.class).profiles("bench-search")
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
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		Instant hideBefore = Instant.now().minus(Opportunity.RECONFIRM_GRACE);
		List<LocalAuthority> councils = List.copyOf(this.places.localAuthorities());
		Random random = new Random(18);
		PublishedListing.Copy copy = this.listing.current();
		int size = copy.rows().size();
		print("published opportunities: %,d; searches without words: %,d after %,d to warm up", size, SEARCHES,
				WARM_UP);
		List<Long> before = new ArrayList<>();
		List<Long> now = new ArrayList<>();
		int differ = 0;
		long accepted = 0;
		for (int s = 0; s < WARM_UP + SEARCHES; s++) {
			LocalAuthority place = councils.get(random.nextInt(councils.size()));
			int where = random.nextInt(3);
			RegionCode region = (where == 0) ? place.region() : null;
			LocalAuthorityId council = (where == 1) ? place.id() : null;
			SearchCriteria criteria = new SearchCriteria(null, region, council,
					random.nextBoolean() ? Set.of(pick(random, Category.values())) : Set.of(),
					(random.nextInt(4) == 0) ? Set.of(pick(random, Outcome.values())) : Set.of(),
					(random.nextInt(4) == 0) ? Set.of(pick(random, OpportunityType.values())) : Set.of(), false, false,
					false, null, 1, 0);
			List<LocalAuthorityId> councilsOfRegion = (region == null) ? List.of()
					: councils.stream().filter((each) -> each.region().equals(region)).map(LocalAuthority::id).toList();
			RegionCode regionOfCouncil = (council != null) ? place.region() : null;
			long start = System.nanoTime();
			IntPredicate old = asBefore(copy.rows(), criteria, councilsOfRegion, regionOfCouncil, today, hideBefore);
			int oldCount = 0;
			for (int i = 0; i < size; i++) {
				oldCount += old.test(i) ? 1 : 0;
			}
			long middle = System.nanoTime();
			IntPredicate accept = copy.filters()
				.accepting(criteria, councilsOfRegion, regionOfCouncil, today, hideBefore);
			int count = 0;
			for (int i = 0; i < size; i++) {
				count += accept.test(i) ? 1 : 0;
			}
			long end = System.nanoTime();
			if (s >= WARM_UP) {
				before.add(middle - start);
				now.add(end - middle);
				accepted += count;
				differ += (count == oldCount) ? 0 : 1;
			}
		}
		print("opportunities accepted by each: %,d on average; counts that differed: %d of %,d", accepted / SEARCHES,
				differ, SEARCHES);
		report("sets of records and strings (before)", before);
		report("small numbers and bits (SearchFilters)", now);
	}

	private static <E> E pick(Random random, E[] values) {
		return values[random.nextInt(values.length)];
	}

	/** The filters as they were before {@link SearchFilters}. */
	private static IntPredicate asBefore(List<PublishedListing.Listed> rows, SearchCriteria criteria,
			List<LocalAuthorityId> councilsOfRegion, RegionCode regionOfCouncil, LocalDate today, Instant hideBefore) {
		Set<String> categories = criteria.categories().stream().map(Enum::name).collect(Collectors.toSet());
		Set<String> outcomes = criteria.outcomes().stream().map(Enum::name).collect(Collectors.toSet());
		Set<String> types = criteria.types().stream().map(Enum::name).collect(Collectors.toSet());
		Set<LocalAuthorityId> regionCouncils = Set.copyOf(councilsOfRegion);
		return (i) -> {
			PublishedListing.Listed listed = rows.get(i);
			boolean national = "NATIONAL".equals(listed.scope());
			return listed.isOpen(today, hideBefore)
					&& (criteria.region() == null || national || listed.regions().contains(criteria.region())
							|| listed.councils().stream().anyMatch(regionCouncils::contains))
					&& (criteria.council() == null || national
							|| (regionOfCouncil != null && listed.regions().contains(regionOfCouncil))
							|| listed.councils().contains(criteria.council()))
					&& (categories.isEmpty() || categories.contains(listed.category()))
					&& (outcomes.isEmpty() || listed.outcomes().stream().anyMatch(outcomes::contains))
					&& (types.isEmpty() || types.contains(listed.type()));
		};
	}

	private static void report(String what, List<Long> nanos) {
		List<Long> sorted = nanos.stream().sorted().toList();
		double mean = nanos.stream().mapToLong(Long::longValue).average().orElse(0);
		print("  %s: p50 %.3f ms, p99 %.3f ms, mean %.3f ms", what, ms(percentile(sorted, 50)),
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
		System.out.println("[search filters benchmark] " + String.format(format, args));
	}

}
