package org.covenantconnects.signatory;

/** Where an organisation is in the signing pipeline. */
public enum Stage {

	/** Expressed interest: a prospect. */
	INTERESTED("Interested"),
	/** A senior leader signed the statement of intent. */
	INTENT_SIGNED("Statement of intent signed"),
	/** The proforma describing the offer is waiting for a coordinator. */
	PROFORMA_SUBMITTED("Proforma submitted"),
	/** Approved: a signatory of the Covenant, listed publicly. */
	SIGNED("Signed"),
	/** Signed once, no longer active. */
	LAPSED("Lapsed");

	private final String label;

	Stage(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
