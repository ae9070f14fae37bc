package org.covenantconnects.directory;

import org.covenantconnects.directory.Recognition.Delivered;
import org.covenantconnects.directory.Recognition.Thresholds;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Recognition tiers are earned from what was delivered, without Spring. */
class RecognitionTests {

	private static final Thresholds THRESHOLDS = new Thresholds(5, 3);

	@Test
	void aSignatoryWithAPublishedOpportunityEarnsBronze() {
		assertThat(Recognition.earned(true, Delivered.NOTHING, THRESHOLDS)).isEqualTo(Recognition.BRONZE);
		assertThat(Recognition.earned(false, Delivered.NOTHING, THRESHOLDS)).isEqualTo(Recognition.NONE);
	}

	@Test
	void enoughStartsInTheLastYearEarnSilverAndEnoughSustainedAt6MonthsEarnGold() {
		assertThat(Recognition.earned(true, new Delivered(4, 0), THRESHOLDS)).isEqualTo(Recognition.BRONZE);
		assertThat(Recognition.earned(true, new Delivered(5, 0), THRESHOLDS)).isEqualTo(Recognition.SILVER);
		assertThat(Recognition.earned(true, new Delivered(5, 3), THRESHOLDS)).isEqualTo(Recognition.GOLD);
	}

	@Test
	void deliveryWithNothingOpenNowEarnsNoTier() {
		assertThat(Recognition.earned(false, new Delivered(50, 50), THRESHOLDS)).isEqualTo(Recognition.NONE);
	}

}
