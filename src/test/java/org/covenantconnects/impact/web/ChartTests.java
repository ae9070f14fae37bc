package org.covenantconnects.impact.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartTests {

	@Test
	void numbersAreWrittenToOneDecimalPlaceAsTheFormatterWritesThem() {
		for (double number : new double[] { 0, 12, 3.14159, 199.96, 0.04, -0.04, -2.25, 2.25, 480.55, 1_234_567.89 }) {
			assertThat(Chart.format(number)).as("%s", number).isEqualTo(String.format(Locale.ROOT, "%.1f", number));
		}
	}

}
