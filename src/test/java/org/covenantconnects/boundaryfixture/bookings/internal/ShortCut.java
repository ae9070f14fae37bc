package org.covenantconnects.boundaryfixture.bookings.internal;

import org.covenantconnects.boundaryfixture.rooms.internal.RoomTable;

/**
 * Reaches into the {@code rooms} module's internals: the kind of dependency the boundary
 * check must refuse.
 */
public class ShortCut {

	public int free() {
		return new RoomTable().free();
	}

}
