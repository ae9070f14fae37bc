package org.covenantconnects.matching.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.covenantconnects.opportunity.Barriers;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.FitRule;
import org.covenantconnects.opportunity.InternshipFacts;
import org.covenantconnects.opportunity.OpportunityDetails;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.Outcome;
import org.covenantconnects.opportunity.Scope;
import org.covenantconnects.opportunity.TakeUpRoute;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caseload's packed form of {@link FitRule}, which ranks tens of thousands of young
 * people at once, fits exactly whom the rule fits. Without Spring: councils here are
 * given made-up regions, the same for both.
 */
class CaseloadFitTests {

	private static final long SEED = 20261206L;

	private static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2027, 2, 28),
			LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 29));

	@Test
	void thePackedFormFitsExactlyWhomTheRuleFits() {
		Random random = new Random(SEED);
		List<OpportunityDetails> opportunities = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			opportunities.add(opportunity(random));
		}
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < 3_000; i++) {
			people.add(person(random));
		}
		int fitting = 0;
		int compared = 0;
		for (LocalDate today : DAYS) {
			for (OpportunityDetails details : opportunities) {
				FitRule rule = FitRule.of(details.scope(), details.regions(), details.councils(), details.ageFrom(),
						details.ageTo(), CaseloadFitTests::regionOf);
				Caseload.Fit packed = Caseload.Fit.of(rule, details, today);
				for (Person person : people) {
					boolean fits = rule.fits(person.born(), today, person.region(), person.council());
					assertThat(
							packed.fits(person.born().toEpochDay(), person.council().value(), person.region().value()))
						.as("on %s, %s for %s", today, details.scope(), person)
						.isEqualTo(fits);
					fitting += fits ? 1 : 0;
					compared++;
				}
			}
		}
		assertThat(fitting).as("the sample has people it fits and people it does not")
			.isBetween(compared / 20, compared - compared / 20);
	}

	@Test
	void theBestKeptAreTheSmallestKeysOfferedInOrder() {
		Random random = new Random(SEED);
		for (int most : new int[] { 0, 1, 35, 500 }) {
			for (int offered : new int[] { 0, 20, 35, 5_000 }) {
				long[] keys = random.longs(offered, 0, 1_000_000).toArray();
				Caseload.Best best = new Caseload.Best(most);
				for (long key : keys) {
					best.offer(key);
				}
				long[] sorted = keys.clone();
				java.util.Arrays.sort(sorted);
				assertThat(best.inOrder()).as("the %s best of %s", most, offered)
					.containsExactly(java.util.Arrays.copyOf(sorted, Math.min(most, offered)));
			}
		}
	}

	private static OpportunityDetails opportunity(Random random) {
		Scope scope = Scope.values()[random.nextInt(3)];
		List<RegionCode> regions = new ArrayList<>();
		List<LocalAuthorityId> councils = new ArrayList<>();
		for (int i = random.nextInt(3); i >= 0; i--) {
			regions.add(region(random.nextInt(9)));
			councils.add(new LocalAuthorityId(1 + random.nextInt(153)));
		}
		// Some leave the age range out; the rule then uses 16 to 25.
		Integer ageFrom = (random.nextInt(10) == 0) ? null : 16 + random.nextInt(10);
		Integer ageTo = (random.nextInt(10) == 0) ? null
				: ((ageFrom != null) ? ageFrom : 16) + random.nextInt(31 - ((ageFrom != null) ? ageFrom : 16));
		return new OpportunityDetails("Sample", "A sample", "A sample opportunity.", OpportunityType.JOB,
				Category.EMPLOYMENT_AND_WORK_EXPERIENCE, Set.of(Outcome.EMPLOYMENT_EDUCATION_TRAINING), scope,
				(scope == Scope.REGIONS || random.nextInt(10) == 0) ? regions : List.of(),
				(scope == Scope.COUNCILS || random.nextInt(10) == 0) ? councils : List.of(), ageFrom, ageTo, null, null,
				null, null, null, TakeUpRoute.CONNECTS, null, null, Barriers.NONE, InternshipFacts.NONE);
	}

	private static Person person(Random random) {
		LocalDate today = DAYS.get(random.nextInt(DAYS.size()));
		// Around a birthday, or on 28 February, 29 February or 1 March.
		LocalDate born = (random.nextInt(4) == 0)
				? LocalDate.of(1996 + random.nextInt(17), 2, 28).plusDays(random.nextInt(3))
				: today.minusYears(14 + random.nextInt(19)).plusDays(random.nextInt(5) - 2);
		LocalAuthorityId council = new LocalAuthorityId(1 + random.nextInt(153));
		RegionCode region = (random.nextInt(3) == 0) ? region(random.nextInt(9)) : regionOf(council);
		return new Person(born, region, council);
	}

	private static RegionCode regionOf(LocalAuthorityId council) {
		return region(council.value() % 9);
	}

	private static RegionCode region(int index) {
		return new RegionCode("E1200000" + (index + 1));
	}

	private record Person(LocalDate born, RegionCode region, LocalAuthorityId council) {

	}

}
