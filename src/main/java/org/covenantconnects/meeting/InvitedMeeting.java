package org.covenantconnects.meeting;

import java.util.List;

/**
 * A network meeting as a partner contact invited to it sees it, signed in: the meeting,
 * the invitations under their address, the actions they own and the others agreed.
 *
 * @param started whether the meeting has started, so its notes are the ones to read
 */
public record InvitedMeeting(NetworkMeeting meeting, List<Invitee> invitations, List<MeetingAction> yourActions,
		List<MeetingAction> otherActions, boolean started) {

	/** The partners they were invited for: "Manchester". */
	public String invitedFor() {
		return String.join(", ", this.invitations.stream().map(Invitee::partnerName).distinct().toList());
	}

}
