package org.covenantconnects.opportunity;

import java.util.Set;

import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;

/**
 * What decides which open opportunities fit one young person (by {@link FitRule}), and in
 * which order.
 *
 * @param age their age today
 * @param region where they live now
 * @param council the council that looked after them; its own opportunities rank highest
 * when recommending
 * @param types the types they are most interested in, listed first
 * @param categories the categories they are interested in, listed next
 * @param confirmed whether their care experience is confirmed; opportunities only for
 * confirmed young people ({@link OpportunityDetails#confirmedOnly()}) fit nobody else
 */
public record FitCriteria(int age, RegionCode region, LocalAuthorityId council, Set<OpportunityType> types,
		Set<Category> categories, boolean confirmed) {

	/** A young person whose care experience is not confirmed. */
	public FitCriteria(int age, RegionCode region, LocalAuthorityId council, Set<OpportunityType> types,
			Set<Category> categories) {
		this(age, region, council, types, categories, false);
	}

	public FitCriteria {
		types = Set.copyOf(types);
		categories = Set.copyOf(categories);
	}

}
