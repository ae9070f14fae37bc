package org.covenantconnects.meeting;

import java.util.UUID;

/** An open action with the meeting it was agreed at, for the coordinator's list. */
public record OpenAction(MeetingAction action, UUID meeting, String meetingTitle, String meetingDay) {

}
