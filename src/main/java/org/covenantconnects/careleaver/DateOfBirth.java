package org.covenantconnects.careleaver;

import java.time.LocalDate;

import org.covenantconnects.careleaver.ProfileQuestions.Whose;
import org.covenantconnects.opportunity.OpportunityDetails;
import org.covenantconnects.platform.DateAnswer;

import org.springframework.validation.Errors;

/**
 * Reads a date of birth typed as day, month and year: the GOV.UK date input rules, then a
 * date in the past and a year that could be a care leaver's. Each problem is named with
 * the part it belongs to, so that only that part is highlighted.
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

		/** Refuses the part of the form's date field it names, or the whole field. */
		public void rejectIn(Errors errors, String field) {
			errors.rejectValue((this.part != null) ? field + "." + this.part : field, "invalid", this.message);
		}

	}

	/**
	 * The date and the age it makes today, or the one problem to show.
	 *
	 * @param problem {@code null} when the date is good
	 */
	public record Reading(LocalDate date, int age, Problem problem) {

		public boolean isValid() {
			return this.problem == null;
		}

		/** A good date of someone younger than care leavers who may register. */
		public boolean isTooYoung() {
			return isValid() && this.age < CareLeaverProfile.YOUNGEST;
		}

	}

	/** Reads the date of birth of the person typing it. */
	public static Reading read(String day, String month, String year, LocalDate today) {
		return read(new DateAnswer(day, month, year), Whose.YOURS, today);
	}

	/**
	 * Reads a date of birth, speaking to the person typing it about theirs or someone's.
	 */
	public static Reading read(DateAnswer typed, Whose whose, LocalDate today) {
		DateAnswer.Reading reading = typed.read("Date of birth", "Enter " + whose.possessive + " date of birth", 2007);
		if (!reading.isValid()) {
			return problem(reading.problem().part(), reading.problem().message());
		}
		if (!reading.date().isBefore(today)) {
			return problem(null, "Date of birth must be in the past");
		}
		int age = CareLeaverProfile.ageOn(reading.date(), today);
		if (age > OLDEST_ANY_OPPORTUNITY) {
			return problem("year", "Check the year " + whose.subject + " were born. Covenant Connects is for care "
					+ "leavers aged 16 to 25, and a few offers are open until 30");
		}
		return new Reading(reading.date(), age, null);
	}

	private static Reading problem(String part, String message) {
		return new Reading(null, 0, new Problem(part, message));
	}

}
