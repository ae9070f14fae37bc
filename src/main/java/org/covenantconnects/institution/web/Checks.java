package org.covenantconnects.institution.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.covenantconnects.platform.DateAnswer;
import org.covenantconnects.platform.WebAddresses;

import org.springframework.validation.BindingResult;

/** The checks the institution pages make of what people type. */
final class Checks {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private Checks() {
	}

	/** The text stripped, or empty. */
	static String text(String value) {
		return (value != null) ? value.strip() : "";
	}

	/** The text stripped, or {@code null} when empty. */
	static String orNull(String value) {
		String text = text(value);
		return text.isEmpty() ? null : text;
	}

	static void required(BindingResult errors, String field, String value, String whenEmpty, int longest, String name) {
		String text = text(value);
		if (text.isEmpty()) {
			errors.rejectValue(field, "required", whenEmpty);
		}
		else {
			longest(errors, field, text, longest, name);
		}
	}

	static void longest(BindingResult errors, String field, String value, int longest, String name) {
		if (text(value).length() > longest) {
			errors.rejectValue(field, "long", name + " must be " + longest + " characters or fewer");
		}
	}

	/** A date that must be given, or {@code null} with the error recorded. */
	static LocalDate date(BindingResult errors, String field, DateAnswer answer, String name, String whenEmpty,
			int exampleYear) {
		DateAnswer.Reading reading = ((answer != null) ? answer : new DateAnswer()).read(name, whenEmpty, exampleYear);
		if (reading.isValid()) {
			return reading.date();
		}
		errors.rejectValue((reading.problem().part() != null) ? field + "." + reading.problem().part() : field,
				"invalid", reading.problem().message());
		return null;
	}

	/** A date that may be left empty: {@code null} when empty or wrong. */
	static LocalDate optionalDate(BindingResult errors, String field, DateAnswer answer, String name, int exampleYear) {
		if (answer == null || answer.isEmpty()) {
			return null;
		}
		return date(errors, field, answer, name, "", exampleYear);
	}

	/** A web address that may be left empty; {@code null} when empty. */
	static String webAddress(BindingResult errors, String field, String value, String example) {
		String text = text(value);
		if (text.isEmpty()) {
			return null;
		}
		if (!WebAddresses.isWebAddress(text)) {
			errors.rejectValue(field, "invalid", "Enter the address in the correct format, like " + example);
		}
		return text;
	}

}
