package org.covenantconnects.prospect;

/** How far a prospect has come towards signing the Covenant. */
public enum ProspectStatus {

	/** Recorded, not yet invited. */
	RECORDED("Recorded", "grey"),
	/** Invited to sign; it has not started yet. */
	INVITED("Invited", "blue"),
	/** It accepted the invitation and is in the signing pipeline. */
	SIGNING("Signing", "yellow"),
	/** It has signed the Covenant (and may since have lapsed). */
	SIGNED("Signed", "green");

	private final String label;

	private final String colour;

	ProspectStatus(String label, String colour) {
		this.label = label;
		this.colour = colour;
	}

	public String label() {
		return this.label;
	}

	/** The colour of its GOV.UK tag. */
	public String colour() {
		return this.colour;
	}

}
