package org.covenantconnects.opportunity;

/** Where an opportunity is open to care leavers. */
public enum Scope {

	NATIONAL("Anywhere in England"), REGIONS("In named regions"), COUNCILS("In named councils");

	private final String label;

	Scope(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
