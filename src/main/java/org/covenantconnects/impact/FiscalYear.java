package org.covenantconnects.impact;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Covenant's year: April to March, named by the year its April falls in (2026 is
 * April 2026 to March 2027), as the Covenant sets its goals and the take-up funnel
 * counts.
 */
public record FiscalYear(int startYear) {

	/** The first year of the Covenant's figures. */
	public static final int FIRST = 2020;

	/** The fiscal year a day falls in. */
	public static FiscalYear of(LocalDate day) {
		return new FiscalYear((day.getMonthValue() >= Month.APRIL.getValue()) ? day.getYear() : day.getYear() - 1);
	}

	public LocalDate firstDay() {
		return LocalDate.of(this.startYear, Month.APRIL, 1);
	}

	public LocalDate lastDay() {
		return firstDay().plusYears(1).minusDays(1);
	}

	/** Its twelve months, April first. */
	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			months.add(YearMonth.from(firstDay()).plusMonths(i));
		}
		return months;
	}

	/**
	 * How much of the year has gone by the end of a day: 0 before it starts, 1 from its
	 * last day on.
	 */
	public double elapsedBy(LocalDate day) {
		if (day.isBefore(firstDay())) {
			return 0;
		}
		if (!day.isBefore(lastDay())) {
			return 1;
		}
		long days = ChronoUnit.DAYS.between(firstDay(), lastDay().plusDays(1));
		return (double) ChronoUnit.DAYS.between(firstDay(), day.plusDays(1)) / days;
	}

	/** Such as "April 2026 to March 2027". */
	public String label() {
		return "April " + this.startYear + " to March " + (this.startYear + 1);
	}

	/** Such as "2026-27". */
	public String shortLabel() {
		return this.startYear + "-" + String.format(Locale.ROOT, "%02d", (this.startYear + 1) % 100);
	}

	/** A month's name, such as "April 2026". */
	public static String monthName(YearMonth month) {
		return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
	}

	/** A month's short name for the chart, such as "Apr". */
	public static String shortMonthName(YearMonth month) {
		return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK);
	}

}
