package org.covenantconnects.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build puts a CycloneDX bill of materials into the jar, naming the libraries the
 * service runs on and leaving out the ones only the tests use.
 */
class BillOfMaterialsTests {

	@Test
	void theJarCarriesABillOfMaterialsOfItsLibraries() throws IOException {
		JsonNode bom;
		try (InputStream in = getClass().getResourceAsStream("/META-INF/sbom/application.cdx.json")) {
			assertThat(in).as("the bill of materials made at generate-resources (online builds only)").isNotNull();
			bom = JsonMapper.builder().build().readTree(in);
		}
		assertThat(bom.get("bomFormat").asString()).isEqualTo("CycloneDX");
		List<String> names = new ArrayList<>();
		bom.get("components").forEach((component) -> names.add(component.get("name").asString()));
		assertThat(names).contains("postgresql", "spring-security-core", "flyway-core")
			.doesNotContain("greenmail", "selenium-java");
	}

}
