package org.covenantconnects.institution;

/** A college or university, with its partnership. */
public record Institution(InstitutionId id, String slug, InstitutionDetails details, Partnership partnership) {

	public String name() {
		return this.details.name();
	}

}
