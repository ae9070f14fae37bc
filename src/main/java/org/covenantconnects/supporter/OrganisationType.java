package org.covenantconnects.supporter;

/** The kind of organisation a supporter works for. */
public enum OrganisationType {

	COUNCIL("A council"), COLLEGE_OR_UNIVERSITY("A college or university"), CHARITY("A charity");

	private final String label;

	OrganisationType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
