/**
 * Network meetings: regional meetings of the Covenant team with the councils and colleges
 * it works with. A network meeting is an event of kind network meeting
 * ({@link org.covenantconnects.event.EventKind#NETWORK_MEETING}); this module adds what
 * only a network meeting has: the partner contacts invited (councils' leads and colleges'
 * central points of contact), the agenda, written before and emailed to them, and after
 * it the notes, the actions with their owners and due dates, and which invited contacts
 * came. Each partner that came gets an entry in its contact log, through
 * {@link org.covenantconnects.contactlog.ContactLog} (ADR 038).
 * <p>
 * {@link org.covenantconnects.meeting.NetworkMeetings} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network meetings")
package org.covenantconnects.meeting;
