package org.covenantconnects.concern;

/** Where a concern is in the coordinators' queue. */
public enum ConcernStatus {

	NEW("New", "blue"), IN_TRIAGE("In triage", "yellow"), CLOSED("Closed", "grey");

	private final String label;

	private final String colour;

	ConcernStatus(String label, String colour) {
		this.label = label;
		this.colour = colour;
	}

	public String label() {
		return this.label;
	}

	public String colour() {
		return this.colour;
	}

}
