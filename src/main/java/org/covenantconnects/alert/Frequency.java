package org.covenantconnects.alert;

/** How often alerts are emailed; {@link #OFF} stops alerts altogether. */
public enum Frequency {

	INSTANT("As soon as it is published"), WEEKLY("Once a week, in one email"), MONTHLY("Once a month, in one email"),
	OFF("Never: turn alerts off");

	private final String label;

	Frequency(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
