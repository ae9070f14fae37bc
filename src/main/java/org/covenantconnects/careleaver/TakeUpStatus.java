package org.covenantconnects.careleaver;

/**
 * Where one care leaver is with one opportunity. Today a young person can be interested,
 * apply, claim a code or withdraw; organisations and coordinators will move take-ups on
 * to offered, started and the outcomes.
 */
public enum TakeUpStatus {

	INTERESTED("Interested", "grey"), APPLIED("Applied", "blue"), CLAIMED("Code shown", "green"),
	OFFERED("Offered a place", "turquoise"), STARTED("Started", "green"), COMPLETED("Completed", "green"),
	SUSTAINED("Still going", "green"), DECLINED("Declined", "orange"), WITHDRAWN("Withdrawn", "grey"),
	UNSUCCESSFUL("Not successful", "orange");

	private final String label;

	private final String colour;

	TakeUpStatus(String label, String colour) {
		this.label = label;
		this.colour = colour;
	}

	public String label() {
		return this.label;
	}

	/** The colour of its tag. */
	public String colour() {
		return this.colour;
	}

	/** Whether the young person may move a take-up in this status to the next one. */
	public boolean youngPersonMayMoveTo(TakeUpStatus next) {
		return switch (next) {
			case INTERESTED -> this == WITHDRAWN;
			case APPLIED -> this == INTERESTED || this == WITHDRAWN;
			case CLAIMED -> this != CLAIMED;
			case WITHDRAWN -> this == INTERESTED || this == APPLIED || this == OFFERED;
			default -> false;
		};
	}

}
