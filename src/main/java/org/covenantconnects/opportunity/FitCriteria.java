package org.covenantconnects.opportunity;

import java.util.Set;

import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;

/**
 * What decides which open opportunities fit one young person, and in which order.
 *
 * @param age their age today; an opportunity fits when its age range includes it
 * @param region where they live now; opportunities open in that region fit
 * @param councils councils whose local opportunities fit them (for example the council
 * that looked after them and the councils of the region they live in)
 * @param types the types they are most interested in, listed first
 * @param categories the categories they are interested in, listed next
 * @param lookedAfterBy the council that looked after them, whose own opportunities rank
 * highest when recommending; {@code null} when not known
 */
public record FitCriteria(int age, RegionCode region, Set<LocalAuthorityId> councils, Set<OpportunityType> types,
		Set<Category> categories, LocalAuthorityId lookedAfterBy) {

	public FitCriteria {
		councils = Set.copyOf(councils);
		types = Set.copyOf(types);
		categories = Set.copyOf(categories);
	}

	public FitCriteria(int age, RegionCode region, Set<LocalAuthorityId> councils, Set<OpportunityType> types,
			Set<Category> categories) {
		this(age, region, councils, types, categories, null);
	}

}
