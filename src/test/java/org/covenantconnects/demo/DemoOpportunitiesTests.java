package org.covenantconnects.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.covenantconnects.opportunity.OpportunityDetails;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.Scope;
import org.covenantconnects.opportunity.TakeUpRoute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's 150 opportunities read like real ones: no title twice, the towns, closing
 * dates and ways to apply differ, and what the browser journeys and other demo data name
 * is still there.
 */
class DemoOpportunitiesTests {

	private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

	@Test
	void everyDemoOpportunityHasItsOwnTitleAndTheyDifferInPlaceDateAndRoute() {
		List<OpportunityDetails> all = new ArrayList<>();
		Set<String> towns = Set.of("Manchester", "Leeds", "Bournemouth, Christchurch and Poole", "Norfolk");
		int i = 0;
		for (int n = 0; n < 150; n++) {
			OpportunityType type = OpportunityType.values()[n % OpportunityType.values().length];
			String town = towns.stream().toList().get(i++ % towns.size());
			all.add(DemoOpportunities.details(type, DemoOpportunities.ORGANISATIONS.get(n / 5), town, n, Scope.NATIONAL,
					List.of(), List.of(), TODAY));
		}
		Set<String> titles = new HashSet<>();
		all.forEach((details) -> assertThat(titles.add(details.title())).as(details.title()).isTrue());
		assertThat(all).allSatisfy((details) -> assertThat(details.problems()).isEmpty());
		assertThat(all.stream().map(OpportunityDetails::closesOn).distinct().count()).isGreaterThan(30);
		assertThat(all.stream()
			.filter((details) -> details.type() == OpportunityType.JOB)
			.map(OpportunityDetails::takeUp)
			.distinct()).contains(TakeUpRoute.LINK, TakeUpRoute.CONNECTS);
		assertThat(all.stream()
			.filter((details) -> details.type() == OpportunityType.TRAINING_COURSE)
			.map(OpportunityDetails::takeUp)
			.distinct()).contains(TakeUpRoute.LINK, TakeUpRoute.CONNECTS);
		assertThat(all).anySatisfy((details) -> assertThat(details.description()).contains("call 0"))
			.anySatisfy((details) -> assertThat(details.description()).contains("email your CV"));
		// Named by the browser journeys and the demo's concerns.
		assertThat(all.subList(0, 5)).extracting(OpportunityDetails::title)
			.contains("Customer service assistant", "Paid summer internship in digital marketing",
					DemoConcerns.TAKEN_DOWN_TITLE);
		assertThat(titles).contains("Free cinema tickets for you and a friend", "One-to-one career mentoring");
	}

}
