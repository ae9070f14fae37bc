package org.covenantconnects.institution;

/** Whether an institution is a further education college or a university. */
public enum InstitutionKind {

	FE("Further education college"), HE("University");

	private final String label;

	InstitutionKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
