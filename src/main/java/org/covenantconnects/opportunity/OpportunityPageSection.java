package org.covenantconnects.opportunity;

import java.util.Map;
import java.util.Optional;

import org.covenantconnects.identity.CurrentUser;

/**
 * A part of an opportunity's page that another module adds for the person reading it,
 * such as a care leaver's own actions (save, apply, show a code). This module renders
 * sections without knowing what they are, so the modules that add them depend on it and
 * not the other way round.
 */
public interface OpportunityPageSection {

	/**
	 * The section for this reader, if any.
	 * @param reader the signed-in person, or {@code null} for the public
	 * @return empty to add nothing
	 */
	Optional<Section> sectionFor(OpportunityView opportunity, CurrentUser reader);

	/**
	 * Whether this section takes over how the reader takes the opportunity up, so the
	 * page leaves out its general words about it.
	 */
	default boolean replacesTakeUpAdvice(OpportunityView opportunity, CurrentUser reader) {
		return false;
	}

	/**
	 * Whether the reader may not take the opportunity up at all, so the page leaves out
	 * how to (the organisation's web address, its code) and this section explains why.
	 */
	default boolean withholdsTakeUp(OpportunityView opportunity, CurrentUser reader) {
		return false;
	}

	/**
	 * A section: the fragment {@code section(data)} of the named template, given
	 * {@code data}. Values in {@code model} are added to the page's model, for forms
	 * bound to an object by name.
	 */
	record Section(String template, Object data, Map<String, Object> model) {

		public Section(String template, Object data) {
			this(template, data, Map.of());
		}

	}

}
