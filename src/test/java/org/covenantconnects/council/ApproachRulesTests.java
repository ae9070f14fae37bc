package org.covenantconnects.council;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.covenantconnects.places.LocalAuthorityId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The minimum of part 1 and what counts as embedded, each by its written rule. */
class ApproachRulesTests {

	private static final LocalAuthorityId COUNCIL = new LocalAuthorityId(1);

	@Test
	void theMinimumIsMetFromNinetyPercentOfTheAdvisersTheCouncilEmploys() {
		assertThat(approach(10, 9, PartStatus.IN_PLACE).minimumMet()).isTrue();
		assertThat(approach(10, 8, PartStatus.IN_PLACE).minimumMet()).isFalse();
		assertThat(approach(10, 8, PartStatus.IN_PLACE).coveragePercent()).contains(80);
		assertThat(approach(3, 3, PartStatus.IN_PLACE).minimumMet()).isTrue();
		// 9 of 11 is 81.8%
		assertThat(approach(11, 9, PartStatus.IN_PLACE).minimumMet()).isFalse();
	}

	@Test
	void theMinimumIsNotMetWhileTheCouncilHasNotToldUsHowManyAdvisersItEmploys() {
		assertThat(approach(null, 40, PartStatus.IN_PLACE).minimumMet()).isFalse();
		assertThat(approach(null, 40, PartStatus.IN_PLACE).coveragePercent()).isEmpty();
		assertThat(approach(0, 0, PartStatus.IN_PLACE).minimumMet()).isFalse();
	}

	@Test
	void embeddedNeedsPartsOneToThreeInPlaceAndTheMinimum() {
		assertThat(approach(10, 10, PartStatus.IN_PLACE).embedded()).isTrue();
		assertThat(approach(10, 8, PartStatus.IN_PLACE).embedded()).as("minimum not met").isFalse();
		assertThat(approach(10, 10, PartStatus.IN_PROGRESS).embedded()).as("parts in progress").isFalse();
		WholeCouncilApproach withoutPartThree = new WholeCouncilApproach(COUNCIL,
				Map.of(ApproachPart.RAISING_AWARENESS, inPlace(), ApproachPart.COUNCIL_TAX_EXEMPTION, inPlace(),
						ApproachPart.SOCIAL_VALUE_POLICY, inPlace(), ApproachPart.ECONOMIC_DEVELOPMENT, inPlace()),
				new PartFacts.Awareness(10), PartFacts.TaxExemption.NONE, PartFacts.TrainingAndEmployment.NONE,
				PartFacts.SocialValuePolicy.NONE, PartFacts.EconomicDevelopment.NONE, 10, 0);
		assertThat(withoutPartThree.embedded()).isFalse();
		assertThat(withoutPartThree.statusOf(ApproachPart.TRAINING_AND_EMPLOYMENT)).isEqualTo(PartStatus.NOT_STARTED);
		assertThat(withoutPartThree.partsInPlace()).containsExactly(ApproachPart.RAISING_AWARENESS,
				ApproachPart.COUNCIL_TAX_EXEMPTION, ApproachPart.SOCIAL_VALUE_POLICY,
				ApproachPart.ECONOMIC_DEVELOPMENT);
	}

	@Test
	void theRulesAreWrittenInTheWordsThePagesShow() {
		assertThat(ApproachRules.MINIMUM).contains("at least 90%");
		assertThat(ApproachRules.EMBEDDED).contains("parts 1, 2 and 3", "minimum");
	}

	private static WholeCouncilApproach approach(Integer employed, long onConnects, PartStatus firstThree) {
		Map<ApproachPart, PartProgress> progress = new EnumMap<>(ApproachPart.class);
		PartProgress each = new PartProgress(firstThree, LocalDate.of(2025, 4, 1), "Evidence", null);
		progress.put(ApproachPart.RAISING_AWARENESS, each);
		progress.put(ApproachPart.COUNCIL_TAX_EXEMPTION, each);
		progress.put(ApproachPart.TRAINING_AND_EMPLOYMENT, each);
		return new WholeCouncilApproach(COUNCIL, progress, new PartFacts.Awareness(employed),
				PartFacts.TaxExemption.NONE, PartFacts.TrainingAndEmployment.NONE, PartFacts.SocialValuePolicy.NONE,
				PartFacts.EconomicDevelopment.NONE, onConnects, 0);
	}

	private static PartProgress inPlace() {
		return new PartProgress(PartStatus.IN_PLACE, LocalDate.of(2025, 4, 1), "Evidence", null);
	}

}
