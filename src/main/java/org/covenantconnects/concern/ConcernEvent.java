package org.covenantconnects.concern;

import java.time.Instant;

/**
 * One entry of a concern's history.
 *
 * @param byName who did it, as shown in the history
 * @param what what happened, in words
 * @param detail what was written, if anything
 */
public record ConcernEvent(Instant at, String byName, String what, String detail) {

}
