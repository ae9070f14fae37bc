package org.covenantconnects.opportunity;

/** What an opportunity leads to, for the KPIs; derived from its type. */
public enum Orientation {

	EMPLOYMENT("Employment"), LEISURE("Leisure and entertainment"), OTHER("Other");

	private final String label;

	Orientation(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
