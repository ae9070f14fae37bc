package org.covenantconnects.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.Fixtures.Organisation;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.signatory.SignatoryId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing at the closing date, and asking for re-confirmation, against the real database.
 */
@ConnectsTest
@AutoConfigureMockMvc
class OpportunityHousekeepingTests {

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private Opportunities opportunities;

	@Test
	void anOpportunityPastItsClosingDateIsClosed() {
		SignatoryId organisation = this.fixtures.organisation("Housekeeping Closing Test").id();
		OpportunityId id = this.opportunities.createDemo(organisation, withClosingDate(LocalDate.now().minusDays(2)),
				Instant.now().minus(10, ChronoUnit.DAYS));
		assertThat(this.opportunities.closePastClosingDate()).isGreaterThanOrEqualTo(1);
		assertThat(this.opportunities.find(id).orElseThrow().status()).isEqualTo(Status.CLOSED);
		assertThat(this.opportunities.closePastClosingDate()).isZero();
	}

	@Test
	void anOpenEndedOpportunityUnconfirmedFor90DaysIsAskedAboutOnceUntilConfirmed() {
		Organisation organisation = this.fixtures.organisation("Housekeeping Freshness Test");
		AccountId member = organisation.member().id();
		OpportunityId stale = this.opportunities.createDemo(organisation.id(), withClosingDate(null),
				Instant.now().minus(100, ChronoUnit.DAYS));
		OpportunityId fresh = this.opportunities.createDemo(organisation.id(), withClosingDate(null),
				Instant.now().minus(10, ChronoUnit.DAYS));
		assertThat(this.opportunities.requestReconfirmation()).isGreaterThanOrEqualTo(1);
		assertThat(this.opportunities.find(stale).orElseThrow().awaitingReconfirmation()).isTrue();
		assertThat(this.opportunities.find(stale).orElseThrow().hiddenUntilConfirmed()).isFalse();
		assertThat(this.opportunities.find(fresh).orElseThrow().awaitingReconfirmation()).isFalse();
		assertThat(this.opportunities.requestReconfirmation()).isZero();
		this.opportunities.confirmStillAvailable(member, stale);
		assertThat(this.opportunities.find(stale).orElseThrow().awaitingReconfirmation()).isFalse();
	}

	private static OpportunityDetails withClosingDate(LocalDate closesOn) {
		return new OpportunityDetails("Housekeeping test", "A summary", "A description", OpportunityType.MENTORING,
				Category.EDUCATION_AND_TRAINING, Set.of(Outcome.EMPLOYMENT_EDUCATION_TRAINING), Scope.NATIONAL,
				List.of(), List.of(), 16, 25, null, null, null, closesOn, null, TakeUpRoute.CONNECTS, null, null, null,
				null);
	}

}
