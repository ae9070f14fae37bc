/**
 * Finishes the work that follows a change, whichever instance of the service began it.
 * <p>
 * Work a listener does after a change is committed (alerts, emails, notes) is recorded in
 * the event publication registry until it is done. This module takes over work left
 * unfinished by an instance that died, retries failed work with growing pauses up to a
 * limit, lets an instance that stops finish its work first, and shows administrators the
 * work that is stuck or was given up on, to run again (ADR 035).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Background work")
package org.covenantconnects.work;
