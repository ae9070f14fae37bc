package org.covenantconnects.event;

import java.time.Instant;

/**
 * A public event as an events feed carries it: with when it was first announced and when
 * it last changed (its time, its place, or its cancellation).
 */
public record FeedEvent(Event event, Instant announcedAt, Instant changedAt) {

}
