package org.covenantconnects.concern;

/** What the Covenant team did about a concern when they closed it. */
public enum ConcernOutcome {

	NO_ACTION("No action needed"), DETAILS_CORRECTED("The details were corrected"),
	TAKEN_DOWN("The opportunity was taken down"), ORGANISATION_SUSPENDED("The organisation was suspended"),
	REFERRED("Referred to another body (for example the police or a council)");

	private final String label;

	ConcernOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
