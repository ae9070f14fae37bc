package org.covenantconnects.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core in the page the browser shows, against the WCAG 2.2 A and AA rules. axe
 * comes from the project's npm install (node_modules), never from the network. It is
 * injected through WebDriver, which the site's Content Security Policy does not govern,
 * and which works while the page's own scripts are switched off.
 */
class Accessibility {

	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
			  .then((results) => done(results.violations.map((violation) => ({
			    id: violation.id,
			    impact: violation.impact,
			    help: violation.help,
			    helpUrl: violation.helpUrl,
			    nodes: violation.nodes.map((node) => ({
			      target: JSON.stringify(node.target),
			      html: node.html,
			      summary: node.failureSummary
			    }))
			  }))))
			  .catch((error) => done('axe failed: ' + error));
			""";

	private final String axeSource;

	Accessibility() {
		try {
			this.axeSource = Files.readString(AXE);
		}
		catch (IOException ex) {
			throw new IllegalStateException("axe-core is missing from " + AXE.toAbsolutePath()
					+ "; the Maven build's npm install puts it there", ex);
		}
	}

	/**
	 * The WCAG violations in the page the browser shows, one description each; empty if
	 * none.
	 */
	@SuppressWarnings("unchecked")
	List<String> violationsIn(JavascriptExecutor page) {
		page.executeScript(this.axeSource);
		Object result = page.executeAsyncScript(RUN, WCAG_TAGS);
		if (!(result instanceof List<?> violations)) {
			throw new IllegalStateException(String.valueOf(result));
		}
		List<String> found = new ArrayList<>();
		for (Object item : violations) {
			Map<String, Object> violation = (Map<String, Object>) item;
			StringBuilder description = new StringBuilder();
			description.append(violation.get("id"))
				.append(" (")
				.append(violation.get("impact"))
				.append("): ")
				.append(violation.get("help"))
				.append(" <")
				.append(violation.get("helpUrl"))
				.append(">");
			for (Map<String, Object> node : (List<Map<String, Object>>) violation.get("nodes")) {
				description.append("\n      at ")
					.append(node.get("target"))
					.append(": ")
					.append(node.get("html"))
					.append("\n         ")
					.append(String.valueOf(node.get("summary")).replace("\n", "\n         "));
			}
			found.add(description.toString());
		}
		return found;
	}

}
