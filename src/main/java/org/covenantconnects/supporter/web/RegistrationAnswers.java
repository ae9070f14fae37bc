package org.covenantconnects.supporter.web;

import java.io.Serial;
import java.io.Serializable;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import org.covenantconnects.supporter.OrganisationType;
import org.covenantconnects.supporter.SupporterRole;

/**
 * A supporter's answers so far, kept in their session between the question pages. Holds
 * only checked values, and never the password, which is asked for on the last page and
 * used at once.
 */
@SuppressFBWarnings(value = "UWF_FIELD_NOT_INITIALIZED_IN_CONSTRUCTOR",
		justification = "Answers kept in the session as each question is answered; check-your-answers is reached only when all are given")
class RegistrationAnswers implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String SESSION_ATTRIBUTE = "supporterRegistration";

	String name;

	SupporterRole role;

	OrganisationType organisationType;

	/** The college's or charity's name; {@code null} for a council. */
	String organisationName;

	/** The id of the council, or of the council area of a college or charity. */
	Integer council;

	String email;

	boolean worksForCouncil() {
		return this.organisationType == OrganisationType.COUNCIL;
	}

	/** The first question not yet answered, or the check of every answer when all are. */
	SupporterQuestion nextQuestion() {
		SupporterQuestion unanswered = firstUnanswered();
		return (unanswered != null) ? unanswered : SupporterQuestion.CHECK_ANSWERS;
	}

	/** The first question not yet answered, or {@code null} when all are. */
	SupporterQuestion firstUnanswered() {
		if (this.name == null) {
			return SupporterQuestion.NAME;
		}
		if (this.role == null) {
			return SupporterQuestion.ROLE;
		}
		if (this.organisationType == null) {
			return SupporterQuestion.ORGANISATION;
		}
		if (worksForCouncil() && this.council == null) {
			return SupporterQuestion.COUNCIL;
		}
		if (!worksForCouncil() && (this.organisationName == null || this.council == null)) {
			return SupporterQuestion.ORGANISATION_NAME;
		}
		if (this.email == null) {
			return SupporterQuestion.EMAIL;
		}
		return null;
	}

}
