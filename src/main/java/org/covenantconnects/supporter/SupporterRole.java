package org.covenantconnects.supporter;

/** What a supporter does. */
public enum SupporterRole {

	PERSONAL_ADVISER("Personal adviser", "a personal adviser"),
	VIRTUAL_SCHOOL_HEAD("Virtual school head", "a virtual school head"),
	LEAVING_CARE_TEAM("Leaving-care team", "in the leaving-care team"),
	COLLEGE_STAFF("College or university staff", "on the staff"), CHARITY_WORKER("Charity worker", "a charity worker"),
	OTHER("Other", "who works");

	private final String label;

	private final String phrase;

	SupporterRole(String label, String phrase) {
		this.label = label;
		this.phrase = phrase;
	}

	public String label() {
		return this.label;
	}

	/**
	 * How a sentence names the role before "at" the organisation: "Sam Patel, a personal
	 * adviser at Leeds council".
	 */
	public String phrase() {
		return this.phrase;
	}

}
