package org.covenantconnects.signatory;

/** The sector an organisation belongs to. */
public enum Sector {

	PRIVATE("Private"), PUBLIC("Public"), VOLUNTARY("Voluntary");

	private final String label;

	Sector(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
