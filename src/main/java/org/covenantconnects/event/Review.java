package org.covenantconnects.event;

/**
 * Where an event stands with the Covenant team's moderation. The team's own events are
 * approved as they are made; an event a signatory organisation proposes waits for a
 * coordinator, who approves it or returns it with reasons, as with opportunities.
 */
public enum Review {

	/** Proposed by an organisation, waiting for a coordinator. */
	WAITING("Waiting for review"),
	/** Shown to the people it is for, who may sign up. */
	APPROVED("Published"),
	/** Returned to the organisation with reasons, to change and propose again. */
	RETURNED("Returned");

	private final String label;

	Review(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
