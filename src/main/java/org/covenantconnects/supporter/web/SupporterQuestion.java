package org.covenantconnects.supporter.web;

import java.util.Locale;

import org.covenantconnects.supporter.OrganisationType;

/** The question pages of a supporter's registration, in the order they are asked. */
enum SupporterQuestion {

	NAME("", "What is your name?"), ROLE("/role", "What is your role?"),
	ORGANISATION("/organisation", "Where do you work?"), COUNCIL("/council", "Which council do you work for?"),
	ORGANISATION_NAME("/organisation-name", "What is the name of your college or university?"),
	EMAIL("/email", "What is your work email address?"), CHECK_ANSWERS("/check-answers", "Check your answers");

	static final String START = "/register/supporter";

	private final String suffix;

	private final String heading;

	SupporterQuestion(String suffix, String heading) {
		this.suffix = suffix;
		this.heading = heading;
	}

	String path() {
		return START + this.suffix;
	}

	/** The name the template uses for this question. */
	String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The question as the page asks it, which may depend on where they work. */
	String heading(OrganisationType organisationType) {
		return (this == ORGANISATION_NAME && organisationType == OrganisationType.CHARITY)
				? "What is the name of your charity?" : this.heading;
	}

}
