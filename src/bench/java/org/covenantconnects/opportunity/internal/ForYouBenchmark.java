package org.covenantconnects.opportunity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.covenantconnects.ConnectsApplication;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.FitCriteria;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.Places;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures For you's matching on the generated national data set
 * ({@code bench/for-you-matching.sh}, profile {@code bench-search}): for many made-up
 * young people (every council, the region it lies in, ages 16 to 25, two types and a
 * category of interest), what fits them, in order, from the copy in memory, as it was
 * matched before (every published opportunity tested, the fits sorted with a comparator)
 * and as it is now ({@link Reach}), in turns in the same process, without reading the
 * page's rows. Checks that both give the same order; prints p50, p99 and the mean of
 * each, then stops.
 */
public class ForYouBenchmark implements ApplicationRunner {

	private static final int PEOPLE = 2_000;

	private static final int WARM_UP = 500;

	private final PublishedListing listing;

	private final Places places;

	private final ConfigurableApplicationContext context;

	ForYouBenchmark(PublishedListing listing, Places places, ConfigurableApplicationContext context) {
		this.listing = listing;
		this.places = places;
		this.context = context;
	}

	/** Starts the service on the data set, measures, and stops. */
	public static void main(String[] args) {
		new SpringApplicationBuilder(ConnectsApplication.class, ForYouBenchmark.class).profiles("bench-search")
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
		OpportunityType[] types = OpportunityType.values();
		Category[] categories = Category.values();
		Random random = new Random(18);
		List<FitCriteria> people = new ArrayList<>();
		for (int i = 0; i < WARM_UP + PEOPLE; i++) {
			LocalAuthority council = councils.get(random.nextInt(councils.size()));
			int first = random.nextInt(types.length);
			people.add(new FitCriteria(16 + random.nextInt(10), council.region(), council.id(),
					Set.of(types[first], types[(first + 1 + random.nextInt(types.length - 1)) % types.length]),
					Set.of(categories[random.nextInt(categories.length)]), random.nextInt(4) == 0));
		}
		PublishedListing.Copy copy = this.listing.current();
		print("published opportunities: %,d; made-up young people: %,d after %,d to warm up", copy.rows().size(),
				PEOPLE, WARM_UP);
		List<Long> before = new ArrayList<>();
		List<Long> now = new ArrayList<>();
		long fitting = 0;
		int differ = 0;
		for (int i = 0; i < people.size(); i++) {
			FitCriteria fit = people.get(i);
			long start = System.nanoTime();
			List<PublishedListing.Listed> old = asBefore(copy.rows(), fit, today, hideBefore);
			long middle = System.nanoTime();
			int[] found = copy.reach().fitting(fit, today, hideBefore);
			long end = System.nanoTime();
			if (i >= WARM_UP) {
				before.add(middle - start);
				now.add(end - middle);
				fitting += found.length;
				boolean same = old.size() == found.length;
				for (int k = 0; same && k < found.length; k++) {
					same = old.get(k) == copy.rows().get(found[k]);
				}
				differ += same ? 0 : 1;
			}
		}
		print("opportunities fitting each: %,d on average; orders that differed: %d of %,d", fitting / PEOPLE, differ,
				PEOPLE);
		report("every opportunity tested, sorted by a comparator (before)", before);
		report("by region and council, in twelve groups (Reach)", now);
	}

	/** For you's matching as it was before {@link Reach}. */
	private static List<PublishedListing.Listed> asBefore(List<PublishedListing.Listed> rows, FitCriteria fit,
			LocalDate today, Instant hideBefore) {
		Set<String> types = Set.copyOf(fit.types().stream().map(Enum::name).toList());
		Set<String> categories = Set.copyOf(fit.categories().stream().map(Enum::name).toList());
		List<PublishedListing.Listed> fits = new ArrayList<>(rows.stream()
			.filter((listed) -> listed.isOpen(today, hideBefore) && (fit.confirmed() || !listed.confirmedOnly())
					&& listed.fit().fits(fit.age(), fit.region(), fit.council()))
			.toList());
		fits.sort(Comparator
			.comparingInt((PublishedListing.Listed listed) -> -((types.contains(listed.type()) ? 2 : 0)
					+ (categories.contains(listed.category()) ? 1 : 0)))
			.thenComparingInt((listed) -> switch (listed.scope()) {
				case "COUNCILS" -> 0;
				case "REGIONS" -> 1;
				default -> 2;
			}));
		return fits;
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
		System.out.println("[for you benchmark] " + String.format(format, args));
	}

}
