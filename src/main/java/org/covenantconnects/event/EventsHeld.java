package org.covenantconnects.event;

/**
 * The events held in a period (not cancelled, and ended), and how many attendances the
 * organisers marked at them.
 */
public record EventsHeld(int events, int attendances) {

}
