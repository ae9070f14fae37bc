package org.covenantconnects.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The answer to a date question, typed into the GOV.UK date input as day, month and year.
 * The parts are kept as typed, so that a refused answer is shown again exactly as it was;
 * the date input component renders them (and highlights the part a problem names).
 */
public class DateAnswer {

	private String day;

	private String month;

	private String year;

	public DateAnswer() {
	}

	public DateAnswer(String day, String month, String year) {
		this.day = day;
		this.month = month;
		this.year = year;
	}

	/** The parts of the date, or empty parts for {@code null}. */
	public static DateAnswer of(LocalDate date) {
		return (date != null) ? new DateAnswer(String.valueOf(date.getDayOfMonth()),
				String.valueOf(date.getMonthValue()), String.valueOf(date.getYear())) : new DateAnswer();
	}

	/** Whether nothing is typed in any part. */
	public boolean isEmpty() {
		return blank(this.day) && blank(this.month) && blank(this.year);
	}

	/**
	 * The date, if the parts are whole numbers that make a real one with a year of 4
	 * figures; without saying what is wrong.
	 */
	public Optional<LocalDate> toDate() {
		if (this.year == null || this.month == null || this.day == null) {
			return Optional.empty();
		}
		try {
			int y = Integer.parseInt(this.year.trim());
			if (y < 1000 || y > 9999) {
				return Optional.empty();
			}
			return Optional.of(LocalDate.of(y, Integer.parseInt(this.month.trim()), Integer.parseInt(this.day.trim())));
		}
		catch (NumberFormatException | DateTimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Reads the date the way the GOV.UK date input pattern asks: the one problem to show
	 * first, named with the part it belongs to, so that only that part is highlighted.
	 * @param name what the date is, as a message starts: "Date of birth"
	 * @param whenEmpty what to say when nothing is typed: "Enter your date of birth"
	 * @param exampleYear the year to give as an example when the year is not 4 numbers
	 */
	public Reading read(String name, String whenEmpty, int exampleYear) {
		List<String> missing = new ArrayList<>();
		addIfBlank(missing, "day", this.day);
		addIfBlank(missing, "month", this.month);
		addIfBlank(missing, "year", this.year);
		if (missing.size() == 3) {
			return Reading.of(null, whenEmpty);
		}
		if (!missing.isEmpty()) {
			return Reading.of(missing.get(0), name + " must include a " + String.join(" and a ", missing));
		}
		Integer d = number(this.day);
		Integer m = number(this.month);
		Integer y = number(this.year);
		String notReal = name + " must be a real date";
		if (d == null || d < 1 || d > 31) {
			return Reading.of("day", notReal);
		}
		if (m == null || m < 1 || m > 12) {
			return Reading.of("month", notReal);
		}
		if (y == null || this.year.trim().length() != 4) {
			return Reading.of("year", "Year must include 4 numbers, like " + exampleYear);
		}
		try {
			return new Reading(LocalDate.of(y, m, d), null);
		}
		catch (DateTimeException impossible) {
			return Reading.of(null, notReal);
		}
	}

	private static void addIfBlank(List<String> missing, String part, String value) {
		if (blank(value)) {
			missing.add(part);
		}
	}

	private static Integer number(String text) {
		String trimmed = text.trim();
		return trimmed.matches("\\d{1,4}") ? Integer.parseInt(trimmed) : null;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * A date as read: the date, or the one problem to show.
	 *
	 * @param problem {@code null} when the date is good
	 */
	public record Reading(LocalDate date, Problem problem) {

		static Reading of(String part, String message) {
			return new Reading(null, new Problem(part, message));
		}

		public boolean isValid() {
			return this.problem == null;
		}

	}

	/**
	 * What is wrong with a date.
	 *
	 * @param part "day", "month" or "year", or {@code null} for the date as a whole
	 */
	public record Problem(String part, String message) {

	}

	public String getDay() {
		return this.day;
	}

	public void setDay(String day) {
		this.day = day;
	}

	public String getMonth() {
		return this.month;
	}

	public void setMonth(String month) {
		this.month = month;
	}

	public String getYear() {
		return this.year;
	}

	public void setYear(String year) {
		this.year = year;
	}

}
