package org.covenantconnects.alert;

import java.util.Set;

import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.RegionCode;

/**
 * What a person wants to hear about, and how.
 *
 * @param categories empty (with empty types) for every kind of opportunity
 * @param regions whose regional opportunities they want; empty for their own region.
 * National ones, and those for their council, always fit.
 */
public record AlertPreferences(boolean byEmail, boolean inApp, Frequency frequency, Set<Category> categories,
		Set<OpportunityType> types, Set<RegionCode> regions) {

	public AlertPreferences {
		categories = Set.copyOf(categories);
		types = Set.copyOf(types);
		regions = Set.copyOf(regions);
	}

}
