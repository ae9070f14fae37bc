package org.covenantconnects.contactlog;

/** The kinds of partner the Covenant team keeps a contact log with. */
public enum PartnerKind {

	COUNCIL,
	/** A further education college or a university. */
	INSTITUTION, ORGANISATION

}
