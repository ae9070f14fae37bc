package org.covenantconnects.institution;

/**
 * The three areas the Covenant's progression coordinators are based in; each institution
 * is in one of them.
 */
public enum Area {

	NORTH("North"), MIDLANDS("Midlands"), SOUTH("South");

	private final String label;

	Area(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
