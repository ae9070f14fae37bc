package org.covenantconnects.opportunity;

/**
 * Where an opportunity is in its life: draft, submitted, published, closed, archived; or
 * taken down by the Covenant team, off every public list and page until they put it back.
 */
public enum Status {

	DRAFT("Draft", "grey"), SUBMITTED("Waiting for review", "blue"), PUBLISHED("Published", "green"),
	CLOSED("Closed", "orange"), ARCHIVED("Archived", "grey"), TAKEN_DOWN("Taken down by the Covenant team", "red");

	private final String label;

	private final String colour;

	Status(String label, String colour) {
		this.label = label;
		this.colour = colour;
	}

	public String label() {
		return this.label;
	}

	/** The colour of its tag. */
	public String colour() {
		return this.colour;
	}

}
