package org.covenantconnects.signatory;

/** How many people an organisation employs. */
public enum Size {

	MICRO("Fewer than 10 people"), SMALL("10 to 49 people"), MEDIUM("50 to 249 people"), LARGE("250 people or more");

	private final String label;

	Size(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
