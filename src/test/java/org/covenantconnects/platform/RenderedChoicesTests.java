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
	void groupedOptionsAreUnderTheirHeadingsAndEmptyGroupsAreLeftOut() {
		RenderedChoices options = RenderedChoices
			.groupedOptions(List.of(new ChoiceGroup("South West & more", COUNCILS.subList(0, 1)),
					new ChoiceGroup("None here", List.of()), new ChoiceGroup("Yorkshire", COUNCILS.subList(1, 3))));
		assertThat(options.selecting("<9>")).isEqualTo("""
				<optgroup label="South West &amp; more">
				<option value="7">Bath &amp; North East Somerset</option>
				</optgroup>
				<optgroup label="Yorkshire">
				<option value="42">Kingston upon Hull</option>
				<option value="&lt;9&gt;" selected="selected">&quot;Quoted&quot; council</option>
				</optgroup>
				""");
		assertThat(options.selecting(null)).doesNotContain("selected");
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
