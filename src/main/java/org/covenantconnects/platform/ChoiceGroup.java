package org.covenantconnects.platform;

import java.util.List;

/**
 * Options of a select list under one heading, such as the councils of one region.
 */
public record ChoiceGroup(String label, List<Choice> choices) {

	public ChoiceGroup {
		choices = List.copyOf(choices);
	}

}
