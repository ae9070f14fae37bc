package org.covenantconnects.opportunity;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Whom an opportunity fits, without Spring. */
class FitRuleTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static final RegionCode NORTH_WEST = new RegionCode("E12000002");

	private static final RegionCode YORKSHIRE = new RegionCode("E12000003");

	private static final RegionCode LONDON = new RegionCode("E12000007");

	private static final LocalAuthorityId MANCHESTER = new LocalAuthorityId(24);

	private static final LocalAuthorityId LIVERPOOL = new LocalAuthorityId(23);

	private static final LocalAuthorityId LEEDS = new LocalAuthorityId(44);

	private static final LocalAuthorityId CAMDEN = new LocalAuthorityId(92);

	private static final LocalAuthorityId BRADFORD = new LocalAuthorityId(38);

	private static final LocalAuthorityId HACKNEY = new LocalAuthorityId(98);

	private static final LocalAuthorityId ISLINGTON = new LocalAuthorityId(105);

	/** Some of the councils, with their regions. */
	private static final List<LocalAuthority> COUNCILS = List.of(council(MANCHESTER, NORTH_WEST),
			council(LIVERPOOL, NORTH_WEST), council(LEEDS, YORKSHIRE), council(BRADFORD, YORKSHIRE),
			council(CAMDEN, LONDON), council(HACKNEY, LONDON), council(ISLINGTON, LONDON));

	private static final Map<LocalAuthorityId, RegionCode> REGION_OF = COUNCILS.stream()
		.collect(Collectors.toMap(LocalAuthority::id, LocalAuthority::region));

	@Test
	void itFitsFromTheBirthdayOfTheYoungestAgeUntilTheDayBeforeTheBirthdayPastTheOldest() {
		FitRule rule = national(18, 21);
		assertThat(fits(rule, TODAY.minusYears(18))).as("18 today").isTrue();
		assertThat(fits(rule, TODAY.minusYears(18).plusDays(1))).as("18 tomorrow").isFalse();
		assertThat(fits(rule, TODAY.minusYears(22).plusDays(1))).as("22 tomorrow").isTrue();
		assertThat(fits(rule, TODAY.minusYears(22))).as("22 today").isFalse();
	}

	@Test
	void someoneBornOn29FebruaryHasTheirBirthdayOn1MarchInOtherYears() {
		FitRule rule = national(18, 25);
		LocalDate born = LocalDate.of(2008, 2, 29);
		assertThat(fits(rule, born, LocalDate.of(2026, 2, 28))).isFalse();
		assertThat(fits(rule, born, LocalDate.of(2026, 3, 1))).isTrue();
		assertThat(fits(rule, born, LocalDate.of(2028, 2, 28))).isTrue();
		assertThat(FitRule.ageOn(born, LocalDate.of(2026, 2, 28))).isEqualTo(17);
	}

	@Test
	void anAgeRangeNotGivenIs16To25() {
		FitRule rule = FitRule.of(Scope.NATIONAL, List.of(), List.of(), null, null, REGION_OF::get);
		assertThat(rule.ageFrom()).isEqualTo(OpportunityDetails.YOUNGEST).isEqualTo(16);
		assertThat(rule.ageTo()).isEqualTo(OpportunityDetails.DEFAULT_OLDEST).isEqualTo(25);
		assertThat(FitRule.of(Scope.NATIONAL, List.of(), List.of(), 18, null, REGION_OF::get).ageTo()).isEqualTo(25);
		assertThat(FitRule.of(Scope.NATIONAL, List.of(), List.of(), null, 30, REGION_OF::get).ageFrom()).isEqualTo(16);
	}

	@Test
	void aNationalOpportunityReachesEveryone() {
		FitRule rule = national(16, 25);
		assertThat(rule.reaches(LONDON, MANCHESTER)).isTrue();
		assertThat(rule.reaches(YORKSHIRE, LEEDS)).isTrue();
	}

	@Test
	void aRegionalOpportunityReachesThoseWhoLiveInOneOfItsRegionsWhoeverLookedAfterThem() {
		FitRule rule = FitRule.of(Scope.REGIONS, List.of(NORTH_WEST, YORKSHIRE), List.of(), 16, 25, REGION_OF::get);
		assertThat(rule.reaches(NORTH_WEST, CAMDEN)).isTrue();
		assertThat(rule.reaches(YORKSHIRE, CAMDEN)).isTrue();
		assertThat(rule.reaches(LONDON, MANCHESTER)).as("looked after in the North West, living in London").isFalse();
	}

	@Test
	void aCouncilsOwnReachesThoseItLookedAfterAndThoseWhoLiveInItsRegion() {
		FitRule rule = FitRule.of(Scope.COUNCILS, List.of(), List.of(MANCHESTER), 16, 25, REGION_OF::get);
		assertThat(rule.reaches(LONDON, MANCHESTER)).as("looked after by Manchester, living in London").isTrue();
		assertThat(rule.reaches(NORTH_WEST, CAMDEN)).as("looked after by Camden, living in the North West").isTrue();
		assertThat(rule.reaches(YORKSHIRE, LEEDS)).isFalse();
		assertThat(rule.regions()).containsExactly(NORTH_WEST);
		assertThat(rule.councils()).containsExactly(MANCHESTER);
	}

	@Test
	void regionsOrCouncilsHeldWithAnotherScopeCountForNothing() {
		FitRule regional = FitRule.of(Scope.REGIONS, List.of(LONDON), List.of(MANCHESTER), 16, 25, REGION_OF::get);
		assertThat(regional.reaches(NORTH_WEST, MANCHESTER)).isFalse();
		FitRule local = FitRule.of(Scope.COUNCILS, List.of(LONDON), List.of(MANCHESTER), 16, 25, REGION_OF::get);
		assertThat(local.reaches(LONDON, CAMDEN)).isFalse();
	}

	@Test
	void itFitsOnlyWhenBothTheAgeAndThePlaceDo() {
		FitRule rule = FitRule.of(Scope.REGIONS, List.of(NORTH_WEST), List.of(), 18, 25, REGION_OF::get);
		assertThat(rule.fits(20, NORTH_WEST, CAMDEN)).isTrue();
		assertThat(rule.fits(17, NORTH_WEST, CAMDEN)).isFalse();
		assertThat(rule.fits(20, LONDON, CAMDEN)).isFalse();
	}

	@Test
	void theCouncilsReachingAYoungPersonAreThoseWhoseOwnOpportunitiesReachThem() {
		for (LocalAuthority offering : COUNCILS) {
			for (LocalAuthority other : COUNCILS) {
				List<LocalAuthorityId> councils = List.of(offering.id(), other.id());
				FitRule rule = FitRule.of(Scope.COUNCILS, List.of(), councils, 16, 25, REGION_OF::get);
				for (RegionCode region : List.of(NORTH_WEST, YORKSHIRE, LONDON)) {
					for (LocalAuthority lookedAfterBy : COUNCILS) {
						Set<LocalAuthorityId> reaching = FitRule.councilsReaching(region, lookedAfterBy.id(), COUNCILS);
						assertThat(!Collections.disjoint(councils, reaching))
							.as("%s, for someone in %s looked after by %s", councils, region.value(),
									lookedAfterBy.id().value())
							.isEqualTo(rule.reaches(region, lookedAfterBy.id()));
					}
				}
			}
		}
	}

	@Test
	void theAgeRangeAsDatesOfBirthAgreesWithTheAgeOnTheDay() {
		for (LocalDate today = LocalDate.of(2026, 1, 1); today.getYear() < 2030; today = today.plusDays(1)) {
			for (int[] range : new int[][] { { 16, 25 }, { 16, 30 }, { 18, 18 }, { 21, 24 } }) {
				FitRule rule = national(range[0], range[1]);
				for (int age : new int[] { range[0] - 1, range[0], range[1], range[1] + 1 }) {
					for (int days = -2; days <= 2; days++) {
						LocalDate born = today.minusYears(age).plusDays(days);
						boolean byDates = born.isAfter(rule.bornAfter(today)) && !born.isAfter(rule.bornBy(today));
						assertThat(byDates).as("born %s, on %s, %s", born, today, range)
							.isEqualTo(fits(rule, born, today));
					}
				}
			}
		}
	}

	private static FitRule national(int ageFrom, int ageTo) {
		return FitRule.of(Scope.NATIONAL, List.of(), List.of(), ageFrom, ageTo, REGION_OF::get);
	}

	private static boolean fits(FitRule rule, LocalDate born) {
		return fits(rule, born, TODAY);
	}

	private static boolean fits(FitRule rule, LocalDate born, LocalDate today) {
		return rule.fits(born, today, NORTH_WEST, MANCHESTER);
	}

	private static LocalAuthority council(LocalAuthorityId id, RegionCode region) {
		return new LocalAuthority(id, "Council " + id.value(), "council-" + id.value(), region);
	}

}
