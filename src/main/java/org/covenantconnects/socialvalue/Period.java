package org.covenantconnects.socialvalue;

import java.time.LocalDate;
import java.time.Month;

/**
 * A financial year, April to March, named by the year its April falls in (2026 is April
 * 2026 to March 2027), as the Covenant and councils count their years.
 */
public record Period(int startYear) {

	/** The first year anything was delivered through Connects. */
	public static final int FIRST = 2020;

	public static Period of(LocalDate day) {
		return new Period((day.getMonthValue() >= Month.APRIL.getValue()) ? day.getYear() : day.getYear() - 1);
	}

	public LocalDate firstDay() {
		return LocalDate.of(this.startYear, Month.APRIL, 1);
	}

	public LocalDate lastDay() {
		return LocalDate.of(this.startYear + 1, Month.MARCH, 31);
	}

	/** Like "April 2026 to March 2027". */
	public String label() {
		return "April " + this.startYear + " to March " + (this.startYear + 1);
	}

	/** Like "2026-27". */
	public String shortLabel() {
		return this.startYear + "-" + String.format("%02d", (this.startYear + 1) % 100);
	}

}
