package org.covenantconnects.council;

/** How a name on a published partner list was matched to a council. */
public enum MatchOutcome {

	/** The name is the council's, ignoring case and spaces. */
	EXACT("Matched exactly"),
	/** The name is the council's once cleaned, or one of its common short names. */
	CLEANED("Matched after cleaning"),
	/**
	 * Close enough to one council to suggest it; a coordinator confirms or corrects it.
	 */
	GUESS("Matched with a guess"),
	/** Close to two or more councils; a coordinator chooses. */
	AMBIGUOUS("Ambiguous"),
	/** Close to no council; a coordinator chooses or leaves it out. */
	NOT_MATCHED("Not matched"),
	/** The same council as an earlier row. */
	DUPLICATE("Duplicate");

	private final String label;

	MatchOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Whether a coordinator must choose the council for a row with this outcome. */
	public boolean needsChoice() {
		return this == GUESS || this == AMBIGUOUS || this == NOT_MATCHED;
	}

}
