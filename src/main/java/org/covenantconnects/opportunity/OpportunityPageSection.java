package org.covenantconnects.opportunity;

import java.util.Map;
import java.util.Optional;

import org.covenantconnects.identity.CurrentUser;

/**
 * A section another module adds to the page of a published opportunity, for some viewers
 * only (for example, sharing for verified supporters). Modules that build on the
 * opportunity page implement it, so that this module does not depend on them.
 */
public interface OpportunityPageSection {

	/**
	 * The section for this viewer, or empty to add nothing.
	 * @param viewer the signed-in person, or {@code null} for the public
	 */
	Optional<Section> sectionFor(OpportunityView opportunity, CurrentUser viewer);

	/**
	 * A template whose fragment named {@code opportunitySection} is shown under the
	 * opportunity's details, and the values it needs, added to the page's model.
	 */
	record Section(String template, Map<String, Object> model) {

	}

}
