package org.covenantconnects.platform;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RenderedChoicesTests {

	private static final List<Choice> COUNCILS = List.of(Choice.of("7", "Bath & North East Somerset"),
			Choice.of("42", "Kingston upon Hull"), Choice.of("<9>", "\"Quoted\" council"));

	@Test
	void optionsAreEscapedAndOnlyTheChosenOneIsSelected() {
		RenderedChoices options = RenderedChoices.options(COUNCILS);
		assertThat(options.selecting("42")).isEqualTo("""
				<option value="7">Bath &amp; North East Somerset</option>
				<option value="42" selected="selected">Kingston upon Hull</option>
				<option value="&lt;9&gt;">&quot;Quoted&quot; council</option>
				""");
		assertThat(options.selecting(null)).doesNotContain("selected");
		assertThat(options.selecting("4")).doesNotContain("selected");
	}

	@Test
	void checkboxesGiveTheFirstTheFieldsIdAndCheckEveryChosenOne() {
		RenderedChoices boxes = RenderedChoices.checkboxes("council", COUNCILS);
		String html = boxes.checking(List.of("7", "<9>"));
		assertThat(html).contains("value=\"7\" id=\"council\" checked=\"checked\">")
			.contains("<label class=\"govuk-label govuk-checkboxes__label\" for=\"council\">")
			.contains("value=\"42\" id=\"council-42\">")
			.contains("value=\"&lt;9&gt;\" id=\"council-&lt;9&gt;\" checked=\"checked\">");
		assertThat(boxes.checking(List.of())).doesNotContain("checked");
		assertThat(boxes.checking(null)).doesNotContain("checked");
	}

}
