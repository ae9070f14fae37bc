package org.covenantconnects.institution;

/** How far an action of a pillar's plan has gone. */
public enum ActionStatus {

	NOT_STARTED("Not started", "grey"), IN_PROGRESS("In progress", "yellow"), DONE("Done", "green");

	private final String label;

	private final String colour;

	ActionStatus(String label, String colour) {
		this.label = label;
		this.colour = colour;
	}

	public String label() {
		return this.label;
	}

	/** The colour of the status's tag. */
	public String colour() {
		return this.colour;
	}

}
