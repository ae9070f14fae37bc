package org.covenantconnects.careleaver;

/** What a care leaver is doing now, in their own words. */
public enum Situation {

	EDUCATION("In education", "At school, college or university"), EMPLOYMENT("In work", "A job, full or part time"),
	TRAINING("In training", "For example an apprenticeship or a training course"),
	NONE("None of these at the moment", null), PREFER_NOT_TO_SAY("I prefer not to say", null);

	private final String label;

	private final String hint;

	Situation(String label, String hint) {
		this.label = label;
		this.hint = hint;
	}

	public String label() {
		return this.label;
	}

	/** Words under the option, or {@code null}. */
	public String hint() {
		return this.hint;
	}

}
