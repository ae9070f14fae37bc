package org.covenantconnects;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules keep to their boundaries: no cycles, and no module reaches into another's
 * internals. Also writes the module documentation (diagrams and canvases) to
 * {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ConnectsApplication.class);

	@Test
	void modulesKeepToTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void moduleDocumentationIsGenerated() {
		new Documenter(this.modules).writeDocumentation();
	}

}
