package org.covenantconnects.identity;

/** What an account is for. Each account has exactly one role. */
public enum Role {

	CARE_LEAVER("Care leaver"), SUPPORTER("Supporter"), SIGNATORY("Signatory organisation"),
	COORDINATOR("Covenant coordinator"), ADMIN("Administrator");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Staff roles are never self-registered: an administrator invites them. */
	public boolean isStaff() {
		return this == COORDINATOR || this == ADMIN;
	}

	/** The Spring Security authority for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
