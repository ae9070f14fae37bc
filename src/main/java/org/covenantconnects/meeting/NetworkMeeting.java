package org.covenantconnects.meeting;

import java.time.Instant;
import java.util.List;

import org.covenantconnects.event.Event;
import org.jspecify.annotations.Nullable;

/**
 * A network meeting: its event, the contacts invited, the agenda, and after it the notes
 * and actions.
 */
public record NetworkMeeting(Event event, List<Invitee> invitees, @Nullable String agenda,
		@Nullable Instant agendaSentAt, @Nullable String notes, @Nullable Instant notesSentAt,
		List<MeetingAction> actions) {

	public boolean hasStarted(Instant now) {
		return this.event.hasStarted(now);
	}

}
