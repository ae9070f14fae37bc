package org.covenantconnects.impact;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One of the three terms of a fiscal year, which the Covenant reports on at its termly
 * meetings (ADR 040). Every day of the year falls in exactly one: the summer term is 1
 * April to 31 August, the autumn term 1 September to 31 December, and the spring term 1
 * January to 31 March.
 */
public record Term(FiscalYear year, Season season) {

	/** A term, in the order the fiscal year has them. */
	public enum Season {

		SUMMER("Summer", Month.APRIL, Month.AUGUST), AUTUMN("Autumn", Month.SEPTEMBER, Month.DECEMBER),
		SPRING("Spring", Month.JANUARY, Month.MARCH);

		private final String label;

		private final Month first;

		private final Month last;

		Season(String label, Month first, Month last) {
			this.label = label;
			this.first = first;
			this.last = last;
		}

		public String label() {
			return this.label;
		}

	}

	/** The term a day falls in. */
	public static Term of(LocalDate day) {
		FiscalYear year = FiscalYear.of(day);
		int month = day.getMonthValue();
		Season season = (month >= Month.APRIL.getValue() && month <= Month.AUGUST.getValue()) ? Season.SUMMER
				: (month >= Month.SEPTEMBER.getValue()) ? Season.AUTUMN : Season.SPRING;
		return new Term(year, season);
	}

	/** A term by its code, such as {@code 2026-summer}; empty for anything else. */
	public static Optional<Term> fromCode(String code) {
		if (code == null || !code.matches("[0-9]{4}-[a-z]{6}")) {
			return Optional.empty();
		}
		int year = Integer.parseInt(code.substring(0, 4));
		String season = code.substring(5).toUpperCase(Locale.ROOT);
		return Arrays.stream(Season.values())
			.filter((s) -> s.name().equals(season))
			.findFirst()
			.map((s) -> new Term(new FiscalYear(year), s));
	}

	/** Such as {@code 2026-summer}, as forms and addresses name it. */
	public String code() {
		return this.year.startYear() + "-" + this.season.name().toLowerCase(Locale.ROOT);
	}

	public LocalDate firstDay() {
		return LocalDate.of(calendarYear(), this.season.first, 1);
	}

	public LocalDate lastDay() {
		return LocalDate.of(calendarYear(), this.season.last, 1).plusMonths(1).minusDays(1);
	}

	/** Such as "Spring term 2027". */
	public String label() {
		return this.season.label() + " term " + calendarYear();
	}

	/**
	 * Such as "Spring term 2027 (January to March 2027), in the year April 2026 to March
	 * 2027".
	 */
	public String description() {
		return label() + " (" + FiscalYear.monthName(java.time.YearMonth.from(firstDay())).split(" ")[0] + " to "
				+ FiscalYear.monthName(java.time.YearMonth.from(lastDay())) + "), in the year " + this.year.label();
	}

	/** The term before this one. */
	public Term previous() {
		return switch (this.season) {
			case SUMMER -> new Term(new FiscalYear(this.year.startYear() - 1), Season.SPRING);
			case AUTUMN -> new Term(this.year, Season.SUMMER);
			case SPRING -> new Term(this.year, Season.AUTUMN);
		};
	}

	/**
	 * The terms from the first of the Covenant's figures to the one a day falls in,
	 * latest first.
	 */
	public static List<Term> upTo(LocalDate day) {
		List<Term> terms = new ArrayList<>();
		Term term = of(day);
		while (term.year().startYear() >= FiscalYear.FIRST) {
			terms.add(term);
			term = term.previous();
		}
		return terms;
	}

	private int calendarYear() {
		return (this.season == Season.SPRING) ? this.year.startYear() + 1 : this.year.startYear();
	}

}
