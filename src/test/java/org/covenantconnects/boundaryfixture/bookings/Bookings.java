package org.covenantconnects.boundaryfixture.bookings;

import org.covenantconnects.boundaryfixture.rooms.Rooms;

/** Uses the {@code rooms} module through its API, as every module should. */
public class Bookings {

	private final Rooms rooms = new Rooms();

	public boolean canBook() {
		return this.rooms.free() > 0;
	}

}
