/**
 * Events: career-path sessions, workshops, network meetings and awareness sessions that
 * the Covenant team organises, each for some of care leavers, supporters, partners and
 * staff, in person or online, in a region, with a number of places. The people it is for
 * sign up and get a place, or a place on the waiting list when it is full; when someone
 * with a place cancels, the next on the list gets it and is told by email. A reminder is
 * emailed the day before; the organiser marks who came. Every event has a calendar file,
 * each person a private calendar address listing what they signed up for, and each region
 * a public calendar of public events (ADR 034).
 * <p>
 * {@link Events} is the module's API; {@link Events#attendedBy} and {@link Events#held}
 * give other modules the figures of events held and attended.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events")
package org.covenantconnects.event;
