package org.covenantconnects.institution;

/** An institution's answer about one offer. */
public enum Answer {

	YES("Yes", "green"), NO("No", "grey"), NOT_KNOWN("Not known", "yellow");

	private final String label;

	private final String colour;

	Answer(String label, String colour) {
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
