package org.covenantconnects.boundaryfixture.rooms.internal;

/** Internal to the fixture's {@code rooms} module. */
public class RoomTable {

	public int free() {
		return 3;
	}

}
