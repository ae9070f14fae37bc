package org.covenantconnects.takeup;

/**
 * Where one care leaver is with one opportunity, and the moves allowed from each stage:
 * interested, applied (or referred by someone the young person said yes to), offered,
 * started, then completed or still going; or declined, withdrawn or not successful, each
 * with a reason. People make every move: nothing here moves a take-up by itself.
 */
public enum TakeUpStatus {

	INTERESTED("Interested", "grey"), APPLIED("Applied", "blue"), REFERRED("Referred", "blue"),
	CLAIMED("Code shown", "green"), OFFERED("Offered a place", "turquoise"), STARTED("Started", "green"),
	COMPLETED("Completed", "green"), SUSTAINED("Still going", "green"), DECLINED("Declined", "orange"),
	WITHDRAWN("Withdrawn", "grey"), UNSUCCESSFUL("Not successful", "orange");

	/**
	 * The stages in the order a take-up goes through them, those it may end at last, as
	 * impact pages list them.
	 */
	public static final java.util.List<TakeUpStatus> IN_ORDER = java.util.List.of(INTERESTED, APPLIED, REFERRED,
			OFFERED, CLAIMED, STARTED, SUSTAINED, COMPLETED, DECLINED, UNSUCCESSFUL, WITHDRAWN);

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

	/**
	 * Whether the organisation may move a take-up in this status to the next one. An
	 * organisation offers a place or turns an application down; records that someone
	 * started, or declined the offer; and, once started, records how it ended.
	 */
	public boolean organisationMayMoveTo(TakeUpStatus next) {
		return switch (this) {
			case INTERESTED, APPLIED, REFERRED -> next == OFFERED || next == UNSUCCESSFUL;
			case OFFERED -> next == STARTED || next == DECLINED || next == UNSUCCESSFUL;
			case STARTED -> next == COMPLETED || next == SUSTAINED || next == WITHDRAWN;
			case SUSTAINED -> next == COMPLETED || next == WITHDRAWN;
			default -> false;
		};
	}

	/**
	 * Whether the young person's answer to a check-in may move a take-up in this status
	 * to the next one: still there, finished it, or left.
	 */
	public boolean checkInMayMoveTo(TakeUpStatus next) {
		return (this == STARTED || this == SUSTAINED) && (next == SUSTAINED || next == COMPLETED || next == WITHDRAWN);
	}

	/** Whether a move to this status must say why. */
	public boolean needsReason() {
		return this == DECLINED || this == WITHDRAWN || this == UNSUCCESSFUL;
	}

	/** Whether the young person may move a take-up in this status to the next one. */
	public boolean youngPersonMayMoveTo(TakeUpStatus next) {
		return switch (next) {
			case INTERESTED -> this == WITHDRAWN;
			case APPLIED -> this == INTERESTED || this == WITHDRAWN;
			case CLAIMED -> this != CLAIMED;
			case WITHDRAWN -> this == INTERESTED || this == APPLIED || this == REFERRED || this == OFFERED;
			default -> false;
		};
	}

}
