package org.covenantconnects.contactlog;

/** The kinds of partner the Covenant team keeps a contact log with. */
public enum PartnerKind {

	COUNCIL, COLLEGE, ORGANISATION

}
