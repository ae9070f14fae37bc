package org.covenantconnects.boundaryfixture;

/** The root of the fixture's two modules, {@code bookings} and {@code rooms}. */
public final class FixtureApplication {

	private FixtureApplication() {
	}

}
