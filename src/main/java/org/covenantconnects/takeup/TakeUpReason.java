package org.covenantconnects.takeup;

import java.util.Arrays;
import java.util.List;

/**
 * Why a take-up ended early, chosen from a list rather than written: an organisation's
 * words never reach a young person through Covenant Connects, and a list can be counted.
 */
public enum TakeUpReason {

	CLOSER_FIT(TakeUpStatus.UNSUCCESSFUL, "Other applicants were a closer fit this time"),
	PLACES_FILLED(TakeUpStatus.UNSUCCESSFUL, "All the places were filled"),
	CONDITIONS_NOT_MET(TakeUpStatus.UNSUCCESSFUL, "The opportunity's conditions were not met"),
	NO_REPLY(TakeUpStatus.UNSUCCESSFUL, "The organisation could not get a reply"),
	TIMING(TakeUpStatus.DECLINED, "The dates or hours did not suit"),
	TRAVEL(TakeUpStatus.DECLINED, "Getting there was too hard or cost too much"),
	SOMETHING_ELSE(TakeUpStatus.DECLINED, "Took up something else"),
	CHANGED_MIND(TakeUpStatus.DECLINED, "Changed their mind"),
	MOVED_ON(TakeUpStatus.WITHDRAWN, "Moved on to something else"),
	NOT_THE_RIGHT_FIT(TakeUpStatus.WITHDRAWN, "It was not the right fit"),
	CIRCUMSTANCES(TakeUpStatus.WITHDRAWN, "Circumstances changed"),
	ENDED_BY_ORGANISATION(TakeUpStatus.WITHDRAWN, "The organisation ended it"),
	PREFER_NOT_TO_SAY(TakeUpStatus.WITHDRAWN, "Prefer not to say");

	private final TakeUpStatus status;

	private final String label;

	TakeUpReason(TakeUpStatus status, String label) {
		this.status = status;
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The reasons that explain a move to this status. */
	public static List<TakeUpReason> explaining(TakeUpStatus status) {
		return Arrays.stream(values()).filter((reason) -> reason.status == status).toList();
	}

	/** The reasons a young person may give for leaving. */
	public static List<TakeUpReason> forLeaving() {
		return List.of(MOVED_ON, NOT_THE_RIGHT_FIT, CIRCUMSTANCES, ENDED_BY_ORGANISATION, PREFER_NOT_TO_SAY);
	}

	/** Whether this reason explains a move to that status. */
	public boolean explains(TakeUpStatus status) {
		return this.status == status;
	}

}
