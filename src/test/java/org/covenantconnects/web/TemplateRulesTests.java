package org.covenantconnects.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules every page template keeps. A fragment included with {@code th:replace} or
 * {@code th:insert} is processed before a {@code th:if} or {@code th:unless} on the same
 * element, so the condition never hides it: the condition goes on a {@code th:block}
 * around the inclusion instead.
 */
class TemplateRulesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^<>]*>");

	private static final Pattern CONDITION = Pattern.compile("\\sth:(if|unless)=");

	private static final Pattern INCLUSION = Pattern.compile("\\sth:(replace|insert)=");

	@Test
	void noElementBothIncludesAFragmentAndHasACondition() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				Matcher tag = TAG.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (tag.find()) {
					if (CONDITION.matcher(tag.group()).find() && INCLUSION.matcher(tag.group()).find()) {
						found.add(TEMPLATES.relativize(file) + ": " + tag.group());
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void theRuleFindsAConditionBesideAnInclusion() {
		String wrong = "<strong th:if=\"${row.partner()}\" th:replace=\"~{fragments/components :: tag(text='Partner')}\">";
		String right = "<th:block th:if=\"${row.partner()}\">";
		assertThat(CONDITION.matcher(wrong).find() && INCLUSION.matcher(wrong).find()).isTrue();
		assertThat(CONDITION.matcher(right).find() && INCLUSION.matcher(right).find()).isFalse();
	}

}
