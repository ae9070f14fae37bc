package org.covenantconnects.careleaver.web;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import org.covenantconnects.careleaver.NewCareLeaver;
import org.covenantconnects.careleaver.Situation;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;

/**
 * A young person's answers while they register, kept in their session (which lives in
 * PostgreSQL, so any instance can carry on) from one question page to the next. Only
 * checked answers are kept here. The password is never kept: it is asked for on the last
 * page and used at once.
 */
@SuppressFBWarnings(value = "UWF_FIELD_NOT_INITIALIZED_IN_CONSTRUCTOR",
		justification = "Answers kept in the session as each question is answered; check-your-answers is reached only when all are given")
class RegistrationAnswers implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String SESSION_KEY = "careLeaverRegistration";

	/** The question pages in order, by the last part of their address. */
	static final List<String> QUESTIONS = List.of("name", "date-of-birth", "email", "council", "region", "interests",
			"situation", "institution", "ambitions", "privacy");

	String fullName;

	String preferredName;

	LocalDate dateOfBirth;

	String email;

	Integer council;

	String region;

	ArrayList<String> types = new ArrayList<>();

	ArrayList<String> categories = new ArrayList<>();

	String situation;

	/**
	 * The college or university: {@code null} until the question is answered; empty when
	 * answered with none.
	 */
	String institution;

	/** {@code null} until the question is answered; empty when answered with nothing. */
	String ambitions;

	boolean privacyNoticeAccepted;

	/** The first question not answered yet, or {@code null} when every one is. */
	String firstUnanswered() {
		for (String question : QUESTIONS) {
			if (!isAnswered(question)) {
				return question;
			}
		}
		return null;
	}

	boolean isAnswered(String question) {
		return switch (question) {
			case "name" -> this.fullName != null;
			case "date-of-birth" -> this.dateOfBirth != null;
			case "email" -> this.email != null;
			case "council" -> this.council != null;
			case "region" -> this.region != null;
			case "interests" -> !this.types.isEmpty() || !this.categories.isEmpty();
			case "situation" -> this.situation != null;
			case "institution" -> this.institution != null || !isAsked(question);
			case "ambitions" -> this.ambitions != null;
			case "privacy" -> this.privacyNoticeAccepted;
			default -> throw new IllegalArgumentException(question);
		};
	}

	/**
	 * Whether the question is asked on the way through: which college or university only
	 * of someone in education; anyone may answer it from the check of their answers.
	 */
	boolean isAsked(String question) {
		return !"institution".equals(question) || Situation.EDUCATION.name().equals(this.situation);
	}

	/** The answers as the registration needs them; every question must be answered. */
	NewCareLeaver toNewCareLeaver() {
		return new NewCareLeaver(this.fullName, this.preferredName, this.email, this.dateOfBirth,
				new LocalAuthorityId(this.council), new RegionCode(this.region),
				this.categories.stream().map(Category::valueOf).collect(Collectors.toSet()),
				this.types.stream().map(OpportunityType::valueOf).collect(Collectors.toSet()),
				Situation.valueOf(this.situation), this.ambitions.isBlank() ? null : this.ambitions,
				(this.institution == null || this.institution.isBlank()) ? null : this.institution);
	}

}
