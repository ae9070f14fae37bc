package org.covenantconnects.takeup;

import java.time.LocalDate;

import org.covenantconnects.careleaver.CareLeaverProfile;
import org.covenantconnects.careleaver.DateOfBirth;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of take-ups and dates of birth, without Spring. */
class TakeUpStatusTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Test
	void aYoungPersonCanApplyAfterShowingInterestButNotTwice() {
		assertThat(TakeUpStatus.INTERESTED.youngPersonMayMoveTo(TakeUpStatus.APPLIED)).isTrue();
		assertThat(TakeUpStatus.APPLIED.youngPersonMayMoveTo(TakeUpStatus.APPLIED)).isFalse();
		assertThat(TakeUpStatus.WITHDRAWN.youngPersonMayMoveTo(TakeUpStatus.APPLIED)).isTrue();
	}

	@Test
	void aYoungPersonCanWithdrawAnApplicationButNotAClaimedCode() {
		assertThat(TakeUpStatus.APPLIED.youngPersonMayMoveTo(TakeUpStatus.WITHDRAWN)).isTrue();
		assertThat(TakeUpStatus.CLAIMED.youngPersonMayMoveTo(TakeUpStatus.WITHDRAWN)).isFalse();
	}

	@Test
	void onlyOrganisationsAndCoordinatorsMoveATakeUpToAnOutcome() {
		assertThat(TakeUpStatus.APPLIED.youngPersonMayMoveTo(TakeUpStatus.STARTED)).isFalse();
		assertThat(TakeUpStatus.APPLIED.youngPersonMayMoveTo(TakeUpStatus.OFFERED)).isFalse();
	}

	@Test
	void anOrganisationOffersOrTurnsDownAnApplicationThenRecordsTheStartAndHowItEnded() {
		assertThat(TakeUpStatus.APPLIED.organisationMayMoveTo(TakeUpStatus.OFFERED)).isTrue();
		assertThat(TakeUpStatus.APPLIED.organisationMayMoveTo(TakeUpStatus.UNSUCCESSFUL)).isTrue();
		assertThat(TakeUpStatus.APPLIED.organisationMayMoveTo(TakeUpStatus.STARTED)).as("an offer comes first")
			.isFalse();
		assertThat(TakeUpStatus.OFFERED.organisationMayMoveTo(TakeUpStatus.STARTED)).isTrue();
		assertThat(TakeUpStatus.OFFERED.organisationMayMoveTo(TakeUpStatus.DECLINED)).isTrue();
		assertThat(TakeUpStatus.STARTED.organisationMayMoveTo(TakeUpStatus.SUSTAINED)).isTrue();
		assertThat(TakeUpStatus.STARTED.organisationMayMoveTo(TakeUpStatus.COMPLETED)).isTrue();
		assertThat(TakeUpStatus.SUSTAINED.organisationMayMoveTo(TakeUpStatus.COMPLETED)).isTrue();
	}

	@Test
	void anOrganisationCannotMoveWhatTheYoungPersonEndedOrNeverAppliedFor() {
		for (TakeUpStatus next : TakeUpStatus.values()) {
			assertThat(TakeUpStatus.WITHDRAWN.organisationMayMoveTo(next)).isFalse();
			assertThat(TakeUpStatus.CLAIMED.organisationMayMoveTo(next)).isFalse();
			assertThat(TakeUpStatus.COMPLETED.organisationMayMoveTo(next)).isFalse();
			assertThat(TakeUpStatus.UNSUCCESSFUL.organisationMayMoveTo(next)).isFalse();
		}
	}

	@Test
	void endingEarlyAlwaysNeedsAReasonAndNothingElseDoes() {
		assertThat(TakeUpStatus.values()).filteredOn(TakeUpStatus::needsReason)
			.containsExactlyInAnyOrder(TakeUpStatus.DECLINED, TakeUpStatus.WITHDRAWN, TakeUpStatus.UNSUCCESSFUL);
	}

	@Test
	void aCheckInAnswerMovesOnlySomethingStarted() {
		assertThat(TakeUpStatus.STARTED.checkInMayMoveTo(TakeUpStatus.SUSTAINED)).isTrue();
		assertThat(TakeUpStatus.SUSTAINED.checkInMayMoveTo(TakeUpStatus.COMPLETED)).isTrue();
		assertThat(TakeUpStatus.STARTED.checkInMayMoveTo(TakeUpStatus.WITHDRAWN)).isTrue();
		assertThat(TakeUpStatus.APPLIED.checkInMayMoveTo(TakeUpStatus.SUSTAINED)).isFalse();
		assertThat(TakeUpStatus.COMPLETED.checkInMayMoveTo(TakeUpStatus.WITHDRAWN)).isFalse();
	}

	@Test
	void aDateOfBirthIsReadLikeTheGovukDateInputPatternAsks() {
		assertThat(DateOfBirth.read("", "", "", TODAY).problem())
			.isEqualTo(new DateOfBirth.Problem(null, "Enter your date of birth"));
		assertThat(DateOfBirth.read("1", "", "", TODAY).problem())
			.isEqualTo(new DateOfBirth.Problem("month", "Date of birth must include a month and a year"));
		assertThat(DateOfBirth.read("30", "2", "2006", TODAY).problem().message())
			.isEqualTo("Date of birth must be a real date");
		assertThat(DateOfBirth.read("3", "13", "2006", TODAY).problem().part()).isEqualTo("month");
		assertThat(DateOfBirth.read("3", "4", "206", TODAY).problem().part()).isEqualTo("year");
		assertThat(DateOfBirth.read(" 3 ", "04", "2006", TODAY).date()).isEqualTo(LocalDate.of(2006, 4, 3));
		assertThat(DateOfBirth.read("23", "11", "2026", TODAY).problem().message())
			.isEqualTo("Date of birth must be in the past");
	}

	@Test
	void ageIsCountedInWholeYearsOnTheDay() {
		assertThat(CareLeaverProfile.ageOn(LocalDate.of(2010, 11, 23), TODAY)).isEqualTo(16);
		assertThat(CareLeaverProfile.ageOn(LocalDate.of(2010, 11, 24), TODAY)).isEqualTo(15);
	}

}
