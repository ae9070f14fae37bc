package org.covenantconnects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's architecture section names exactly the modules the code has. */
class ReadmeTests {

	@Test
	void theReadmeModuleTableListsEveryModuleAndNoOther() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		Matcher rows = Pattern.compile("(?m)^\\| `([a-z]+)` \\|").matcher(readme);
		Set<String> documented = new java.util.TreeSet<>();
		while (rows.find()) {
			documented.add(rows.group(1));
		}
		Set<String> modules = ApplicationModules.of(ConnectsApplication.class)
			.stream()
			.map(ApplicationModule::getIdentifier)
			.map(Object::toString)
			.collect(Collectors.toCollection(java.util.TreeSet::new));
		assertThat(documented).isEqualTo(modules);
	}

}
