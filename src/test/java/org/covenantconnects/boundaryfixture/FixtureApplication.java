package org.covenantconnects.boundaryfixture;

import org.springframework.modulith.Modulithic;

/** The root of the fixture's two modules, {@code bookings} and {@code rooms}. */
@Modulithic
public final class FixtureApplication {

	private FixtureApplication() {
	}

}
