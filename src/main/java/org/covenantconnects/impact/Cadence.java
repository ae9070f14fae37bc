package org.covenantconnects.impact;

/** How often a KPI needs activity: every month, each term, or once a year. */
public enum Cadence {

	MONTHLY("Monthly"), TERMLY("Termly"), YEARLY("Yearly");

	private final String label;

	Cadence(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
