package org.covenantconnects.identity;

/** Where an account stands. */
public enum AccountStatus {

	/** Created, but the email address has not been confirmed; cannot sign in yet. */
	UNVERIFIED,
	/** Can sign in. */
	ACTIVE,
	/** Locked by an administrator; cannot sign in. */
	LOCKED

}
