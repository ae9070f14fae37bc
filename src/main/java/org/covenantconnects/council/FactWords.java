package org.covenantconnects.council;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Facts of the Whole Council Approach in words, "Not recorded" when there is none. */
final class FactWords {

	private FactWords() {
	}

	static String number(Integer value) {
		return (value != null) ? NumberFormat.getIntegerInstance(Locale.UK).format(value) : PartFacts.NOT_RECORDED;
	}

	static String percent(Integer value) {
		return (value != null) ? value + "%" : PartFacts.NOT_RECORDED;
	}

	static String yesNo(Boolean value) {
		return (value != null) ? (value ? "Yes" : "No") : PartFacts.NOT_RECORDED;
	}

	static String day(LocalDate value) {
		return (value != null) ? DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(value)
				: PartFacts.NOT_RECORDED;
	}

}
