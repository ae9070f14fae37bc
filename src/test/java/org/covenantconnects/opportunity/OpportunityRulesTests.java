package org.covenantconnects.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.covenantconnects.opportunity.internal.Opportunity;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.signatory.SignatoryId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The rules of an opportunity, without Spring. */
class OpportunityRulesTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static OpportunityDetails details(OpportunityType type, InternshipFacts facts) {
		return new OpportunityDetails("Office internship", "Twelve weeks in our office", "You will learn a lot.", type,
				Category.EMPLOYMENT_AND_WORK_EXPERIENCE, Set.of(Outcome.EMPLOYMENT_EDUCATION_TRAINING), Scope.NATIONAL,
				List.of(), List.of(), 16, 25, null, null, null, null, null, TakeUpRoute.CONNECTS, null, null,
				Barriers.NONE, facts);
	}

	static OpportunityDetails valid() {
		return details(OpportunityType.INTERNSHIP, InternshipFacts.NONE);
	}

	@Test
	void anInternshipMeetingAllFiveCriteriaIsAQualityInternship() {
		assertThat(details(OpportunityType.INTERNSHIP, new InternshipFacts(true, true, true, true, true))
			.isQualityInternship()).isTrue();
	}

	@Test
	void anInternshipMissingAnyOneCriterionIsNotAQualityInternship() {
		List<InternshipFacts> missingOne = List.of(new InternshipFacts(false, true, true, true, true),
				new InternshipFacts(true, false, true, true, true), new InternshipFacts(true, true, false, true, true),
				new InternshipFacts(true, true, true, false, true), new InternshipFacts(true, true, true, true, false));
		for (InternshipFacts facts : missingOne) {
			assertThat(details(OpportunityType.INTERNSHIP, facts).isQualityInternship()).as(facts.toString()).isFalse();
		}
	}

	@Test
	void onlyAnInternshipCanBeAQualityInternship() {
		assertThat(
				details(OpportunityType.JOB, new InternshipFacts(true, true, true, true, true)).isQualityInternship())
			.isFalse();
	}

	@Test
	void theOrientationFollowsFromTheType() {
		assertThat(OpportunityType.APPRENTICESHIP.orientation()).isEqualTo(Orientation.EMPLOYMENT);
		assertThat(OpportunityType.WORK_EXPERIENCE.orientation()).isEqualTo(Orientation.EMPLOYMENT);
		assertThat(OpportunityType.TRAINEESHIP.orientation()).isEqualTo(Orientation.EMPLOYMENT);
		assertThat(OpportunityType.FREE_TICKETS_OR_ACTIVITY.orientation()).isEqualTo(Orientation.LEISURE);
		assertThat(OpportunityType.DISCOUNT.orientation()).isEqualTo(Orientation.OTHER);
		assertThat(OpportunityType.HELP_SETTING_UP_HOME.orientation()).isEqualTo(Orientation.OTHER);
		assertThat(details(OpportunityType.JOB, null).orientation()).isEqualTo(Orientation.EMPLOYMENT);
	}

	@Test
	void aDraftIsSubmittedThenPublishedThenClosedThenArchived() {
		Opportunity opportunity = draft();
		assertThat(opportunity.status).isEqualTo(Status.DRAFT);
		opportunity.submit(NOW);
		assertThat(opportunity.status).isEqualTo(Status.SUBMITTED);
		opportunity.publish(true, NOW);
		assertThat(opportunity.status).isEqualTo(Status.PUBLISHED);
		assertThat(opportunity.publishedAt).isEqualTo(NOW);
		opportunity.close();
		assertThat(opportunity.status).isEqualTo(Status.CLOSED);
		opportunity.archive();
		assertThat(opportunity.status).isEqualTo(Status.ARCHIVED);
	}

	@Test
	void anOpportunityOfAnOrganisationThatHasNotSignedCannotBePublished() {
		Opportunity opportunity = draft();
		opportunity.submit(NOW);
		assertThatIllegalStateException().isThrownBy(() -> opportunity.publish(false, NOW))
			.withMessageContaining("not signed");
		assertThat(opportunity.status).isEqualTo(Status.SUBMITTED);
	}

	@Test
	void aDraftCannotBePublishedWithoutBeingSubmitted() {
		assertThatIllegalStateException().isThrownBy(() -> draft().publish(true, NOW));
	}

	@Test
	void aReturnedSubmissionGoesBackToDraftWithItsReasons() {
		Opportunity opportunity = draft();
		opportunity.submit(NOW);
		assertThatIllegalArgumentException().isThrownBy(() -> opportunity.returnWithReason(" ", NOW));
		opportunity.returnWithReason("Say where it takes place", NOW);
		assertThat(opportunity.status).isEqualTo(Status.DRAFT);
		assertThat(opportunity.returnedReason).isEqualTo("Say where it takes place");
		opportunity.submit(NOW);
		assertThat(opportunity.returnedReason).isNull();
	}

	@Test
	void aSubmissionCannotBeChangedWhileItIsReviewed() {
		Opportunity opportunity = draft();
		opportunity.submit(NOW);
		assertThatIllegalStateException().isThrownBy(() -> opportunity.edit(valid(), NOW));
	}

	@Test
	void aSubstantiveChangeToAPublishedOpportunityIsReviewedAgainButNewDatesAreNot() {
		Opportunity opportunity = published();
		OpportunityDetails d = opportunity.details;
		OpportunityDetails newDates = new OpportunityDetails(d.title(), d.summary(), d.description(), d.type(),
				d.category(), d.outcomes(), d.scope(), d.regions(), d.councils(), d.ageFrom(), d.ageTo(),
				d.otherConditions(), 10, TODAY, TODAY.plusDays(30), null, d.takeUp(), d.applyUrl(), d.accessCode(),
				d.barriers(), d.internship());
		opportunity.edit(newDates, NOW);
		assertThat(opportunity.status).isEqualTo(Status.PUBLISHED);
		OpportunityDetails newTitle = new OpportunityDetails("A different title", d.summary(), d.description(),
				d.type(), d.category(), d.outcomes(), d.scope(), d.regions(), d.councils(), d.ageFrom(), d.ageTo(),
				d.otherConditions(), 10, TODAY, TODAY.plusDays(30), null, d.takeUp(), d.applyUrl(), d.accessCode(),
				d.barriers(), d.internship());
		opportunity.edit(newTitle, NOW);
		assertThat(opportunity.status).isEqualTo(Status.SUBMITTED);
	}

	@Test
	void aPublishedOpportunityPastItsClosingDateReadsAsClosed() {
		Opportunity opportunity = published();
		OpportunityDetails d = opportunity.details;
		opportunity.details = new OpportunityDetails(d.title(), d.summary(), d.description(), d.type(), d.category(),
				d.outcomes(), d.scope(), d.regions(), d.councils(), d.ageFrom(), d.ageTo(), null, null, null,
				TODAY.minusDays(1), null, d.takeUp(), null, null, null, null);
		assertThat(opportunity.statusOn(TODAY)).isEqualTo(Status.CLOSED);
		assertThat(opportunity.statusOn(TODAY.minusDays(1))).isEqualTo(Status.PUBLISHED);
	}

	@Test
	void anOpportunityNotReconfirmedInTimeIsHiddenUntilConfirmed() {
		Opportunity opportunity = published();
		opportunity.reconfirmRequestedAt = NOW.minus(Opportunity.RECONFIRM_GRACE).minusSeconds(1);
		assertThat(opportunity.view(TODAY, NOW).isPublic()).isFalse();
		opportunity.confirmStillAvailable(NOW);
		assertThat(opportunity.view(TODAY, NOW).isPublic()).isTrue();
		assertThat(opportunity.confirmedAt).isEqualTo(NOW);
	}

	@Test
	void theAgesAreBetween16And30WithTheYoungestNoOlderThanTheOldest() {
		assertThat(OpportunityDetails.eligibilityProblems(16, 25)).isEmpty();
		assertThat(OpportunityDetails.eligibilityProblems(18, 30)).isEmpty();
		assertThat(OpportunityDetails.eligibilityProblems(22, 18)).extracting(OpportunityDetails.Problem::message)
			.containsExactly("Oldest age must be the same as or more than the youngest age");
		assertThat(OpportunityDetails.eligibilityProblems(15, 25)).extracting(OpportunityDetails.Problem::field)
			.containsExactly("ageFrom");
		assertThat(OpportunityDetails.eligibilityProblems(16, 31)).extracting(OpportunityDetails.Problem::field)
			.containsExactly("ageTo");
		assertThat(OpportunityDetails.eligibilityProblems(null, null)).hasSize(2);
	}

	@Test
	void theClosingDateCannotBeBeforeTheOpeningDate() {
		OpportunityDetails d = valid();
		OpportunityDetails backwards = new OpportunityDetails(d.title(), d.summary(), d.description(), d.type(),
				d.category(), d.outcomes(), d.scope(), d.regions(), d.councils(), 16, 25, null, null, TODAY,
				TODAY.minusDays(1), null, d.takeUp(), null, null, null, null);
		assertThat(backwards.problems()).extracting(OpportunityDetails.Problem::field).containsExactly("closesOn");
	}

	@Test
	void overLongTextMissingChoicesAndAnUnusableLinkAreEachExplained() {
		OpportunityDetails d = new OpportunityDetails("x".repeat(121), "", "<script>alert(1)</script>", null, null,
				Set.of(), Scope.REGIONS, List.of(), List.of(), 16, 25, null, 0, null, null, null, TakeUpRoute.LINK,
				"javascript:alert(1)", null, null, null);
		assertThat(d.problems()).extracting(OpportunityDetails.Problem::field)
			.containsExactly("title", "summary", "type", "category", "outcomes", "regions", "places", "applyUrl");
	}

	@Test
	void aCodeIsNeededWhenCareLeaversUseOne() {
		OpportunityDetails d = valid();
		OpportunityDetails noCode = new OpportunityDetails(d.title(), d.summary(), d.description(), d.type(),
				d.category(), d.outcomes(), Scope.COUNCILS, List.of(), List.of(new LocalAuthorityId(1)), 16, 25, null,
				null, null, null, null, TakeUpRoute.CODE, null, " ", null, null);
		assertThat(noCode.problems()).extracting(OpportunityDetails.Problem::field).containsExactly("accessCode");
		assertThat(new RegionCode("E12000007").value()).isEqualTo("E12000007");
	}

	private static Opportunity draft() {
		return Opportunity.draft(new SignatoryId(UUID.randomUUID()), "Fictional Ltd", valid(), NOW);
	}

	private static Opportunity published() {
		Opportunity opportunity = draft();
		opportunity.submit(NOW);
		opportunity.publish(true, NOW);
		return opportunity;
	}

}
