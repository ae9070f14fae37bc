package org.covenantconnects.boundaryfixture.rooms;

import org.covenantconnects.boundaryfixture.rooms.internal.RoomTable;

/** The API of the fixture's {@code rooms} module. */
public class Rooms {

	private final RoomTable table = new RoomTable();

	public int free() {
		return this.table.free();
	}

}
