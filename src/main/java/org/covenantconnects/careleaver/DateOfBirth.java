package org.covenantconnects.careleaver;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.covenantconnects.opportunity.OpportunityDetails;

/**
 * Reads a date of birth typed as day, month and year, the way the GOV.UK date input
 * pattern asks: each problem is named with the part it belongs to, so that only that part
 * is highlighted.
 */
public final class DateOfBirth {

	/** Nobody older than this can take up any opportunity. */
	static final int OLDEST_ANY_OPPORTUNITY = OpportunityDetails.OLDEST;

	private DateOfBirth() {
	}

	/**
	 * A problem with the date.
	 *
	 * @param part "day", "month" or "year", or {@code null} for the date as a whole
	 */
	public record Problem(String part, String message) {

	}

	/** The date, or the one problem to show. */
	public record Reading(LocalDate date, Problem problem) {

		public boolean isValid() {
			return this.problem == null;
		}

	}

	public static Reading read(String day, String month, String year, LocalDate today) {
		List<String> missing = new ArrayList<>();
		if (blank(day)) {
			missing.add("day");
		}
		if (blank(month)) {
			missing.add("month");
		}
		if (blank(year)) {
			missing.add("year");
		}
		if (missing.size() == 3) {
			return problem(null, "Enter your date of birth");
		}
		if (!missing.isEmpty()) {
			return problem(missing.get(0), "Date of birth must include a " + String.join(" and a ", missing));
		}
		Optional<Integer> d = number(day);
		Optional<Integer> m = number(month);
		Optional<Integer> y = number(year);
		if (d.isEmpty() || d.get() < 1 || d.get() > 31) {
			return problem("day", "Date of birth must be a real date");
		}
		if (m.isEmpty() || m.get() < 1 || m.get() > 12) {
			return problem("month", "Date of birth must be a real date");
		}
		if (y.isEmpty() || year.trim().length() != 4) {
			return problem("year", "Year must include 4 numbers, like 2007");
		}
		LocalDate date;
		try {
			date = LocalDate.of(y.get(), m.get(), d.get());
		}
		catch (DateTimeException impossible) {
			return problem(null, "Date of birth must be a real date");
		}
		if (!date.isBefore(today)) {
			return problem(null, "Date of birth must be in the past");
		}
		if (CareLeaverProfile.ageOn(date, today) > OLDEST_ANY_OPPORTUNITY) {
			return problem("year", "Check the year you were born. Covenant Connects is for care leavers aged 16 to 25, "
					+ "and a few offers are open until 30");
		}
		return new Reading(date, null);
	}

	private static Reading problem(String part, String message) {
		return new Reading(null, new Problem(part, message));
	}

	private static Optional<Integer> number(String text) {
		String trimmed = text.trim();
		if (!trimmed.matches("\\d{1,4}")) {
			return Optional.empty();
		}
		return Optional.of(Integer.parseInt(trimmed));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
