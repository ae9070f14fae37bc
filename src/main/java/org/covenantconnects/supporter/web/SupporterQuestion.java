package org.covenantconnects.supporter.web;

/** The question pages of a supporter's registration, in the order they are asked. */
enum SupporterQuestion {

	NAME(""), ROLE("/role"), ORGANISATION("/organisation"), COUNCIL("/council"),
	ORGANISATION_NAME("/organisation-name"), EMAIL("/email"), CHECK_ANSWERS("/check-answers");

	static final String START = "/register/supporter";

	private final String suffix;

	SupporterQuestion(String suffix) {
		this.suffix = suffix;
	}

	String path() {
		return START + this.suffix;
	}

	/** The name the template uses for this question. */
	String id() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
