package org.covenantconnects.council;

/** How far a council has gone with one part of the Whole Council Approach. */
public enum PartStatus {

	NOT_STARTED("Not started", "grey"), PLANNED("Planned", "blue"), IN_PROGRESS("In progress", "yellow"),
	IN_PLACE("In place", "green");

	private final String label;

	private final String colour;

	PartStatus(String label, String colour) {
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

	/** What the part's date means at this status. */
	public String dateMeaning() {
		return switch (this) {
			case NOT_STARTED -> "Date";
			case PLANNED -> "Planned for";
			case IN_PROGRESS -> "Started on";
			case IN_PLACE -> "In place since";
		};
	}

}
