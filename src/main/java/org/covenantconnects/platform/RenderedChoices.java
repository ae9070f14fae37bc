package org.covenantconnects.platform;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.web.util.HtmlUtils;

/**
 * The options of a select or the items of a checkboxes question, rendered as HTML once,
 * for a page that shows the same long list on every request (the search's filters list
 * 153 councils). Each option is escaped when the list is made; a request then only marks
 * what it has chosen. The markup is what the {@code selectList} and {@code checkboxes}
 * components give for the same choices (without hints), so the page is the same; see
 * {@code renderedSelectList} and {@code renderedCheckboxes} in the components.
 */
public final class RenderedChoices {

	/**
	 * Each choice's markup up to where {@code selected} or {@code checked} goes, and the
	 * rest.
	 */
	private final String[] before;

	private final String[] after;

	private final String[] values;

	private final String chosen;

	private final int length;

	private RenderedChoices(String[] before, String[] after, String[] values, String chosen) {
		this.before = before;
		this.after = after;
		this.values = values;
		this.chosen = chosen;
		int total = 0;
		for (int i = 0; i < values.length; i++) {
			total += before[i].length() + after[i].length() + chosen.length();
		}
		this.length = total;
	}

	/** The options of a select, one a line. */
	public static RenderedChoices options(List<Choice> choices) {
		int size = choices.size();
		String[] before = new String[size];
		String[] after = new String[size];
		String[] values = new String[size];
		for (int i = 0; i < size; i++) {
			Choice choice = choices.get(i);
			values[i] = choice.value();
			before[i] = "<option value=\"" + attribute(choice.value()) + "\"";
			after[i] = ">" + text(choice.text()) + "</option>\n";
		}
		return new RenderedChoices(before, after, values, " selected=\"selected\"");
	}

	/**
	 * The options of a select under their groups' headings, as {@code groupedSelect}
	 * gives them. A group without options is left out.
	 */
	public static RenderedChoices groupedOptions(List<ChoiceGroup> groups) {
		List<Choice> choices = groups.stream().flatMap((group) -> group.choices().stream()).toList();
		RenderedChoices options = options(choices);
		int i = 0;
		for (ChoiceGroup group : groups) {
			if (group.choices().isEmpty()) {
				continue;
			}
			options.before[i] = "<optgroup label=\"" + attribute(group.label()) + "\">\n" + options.before[i];
			i += group.choices().size();
			options.after[i - 1] = options.after[i - 1] + "</optgroup>\n";
		}
		return new RenderedChoices(options.before, options.after, options.values, options.chosen);
	}

	/**
	 * The items of a checkboxes question asking for {@code field}: the first one's input
	 * has the field's own id (what an error message links to), the others the field's
	 * name and their value.
	 */
	public static RenderedChoices checkboxes(String field, List<Choice> choices) {
		int size = choices.size();
		String[] before = new String[size];
		String[] after = new String[size];
		String[] values = new String[size];
		for (int i = 0; i < size; i++) {
			Choice choice = choices.get(i);
			values[i] = choice.value();
			String id = attribute((i == 0) ? field : field + "-" + choice.value());
			before[i] = "<div class=\"govuk-checkboxes__item\">\n"
					+ "<input class=\"govuk-checkboxes__input\" type=\"checkbox\" name=\"" + attribute(field)
					+ "\" value=\"" + attribute(choice.value()) + "\" id=\"" + id + "\"";
			after[i] = ">\n<label class=\"govuk-label govuk-checkboxes__label\" for=\"" + id + "\">"
					+ text(choice.text()) + "</label>\n</div>\n";
		}
		return new RenderedChoices(before, after, values, " checked=\"checked\"");
	}

	/** The markup with the option of this value chosen (none if null). */
	public String selecting(String selected) {
		return marking((value) -> selected != null && selected.equals(value));
	}

	/** The markup with the options of these values chosen. */
	public String checking(Collection<String> selected) {
		return marking((value) -> selected != null && selected.contains(value));
	}

	private String marking(Predicate<String> chosen) {
		StringBuilder html = new StringBuilder(this.length);
		for (int i = 0; i < this.values.length; i++) {
			html.append(this.before[i]);
			if (chosen.test(this.values[i])) {
				html.append(this.chosen);
			}
			html.append(this.after[i]);
		}
		return html.toString();
	}

	private static String attribute(String value) {
		return HtmlUtils.htmlEscape(value, "UTF-8");
	}

	private static String text(String value) {
		return HtmlUtils.htmlEscape(value, "UTF-8");
	}

}
