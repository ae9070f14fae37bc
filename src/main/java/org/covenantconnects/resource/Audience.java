package org.covenantconnects.resource;

/** Whom a resource is for. */
public enum Audience {

	COUNCILS("Councils"), VIRTUAL_SCHOOL_HEADS("Virtual School Heads"), ORGANISATIONS("Organisations");

	private final String label;

	Audience(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
