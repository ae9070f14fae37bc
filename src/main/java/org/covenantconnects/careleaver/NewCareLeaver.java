package org.covenantconnects.careleaver;

import java.time.LocalDate;
import java.util.Set;

import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;

/**
 * A young person's answers when they register, already checked.
 *
 * @param preferredName the name they like to be called, or {@code null} for their full
 * name
 * @param council the council that looked after them
 * @param region the region they live in now
 * @param ambitions what they hope to do, or {@code null}
 * @param institution the college or university they go to, or {@code null}
 */
public record NewCareLeaver(String fullName, String preferredName, String email, LocalDate dateOfBirth,
		LocalAuthorityId council, RegionCode region, Set<Category> categories, Set<OpportunityType> types,
		Situation situation, String ambitions, String institution) {

	public NewCareLeaver {
		categories = Set.copyOf(categories);
		types = Set.copyOf(types);
	}

	/** Answers that name no college or university. */
	public NewCareLeaver(String fullName, String preferredName, String email, LocalDate dateOfBirth,
			LocalAuthorityId council, RegionCode region, Set<Category> categories, Set<OpportunityType> types,
			Situation situation, String ambitions) {
		this(fullName, preferredName, email, dateOfBirth, council, region, categories, types, situation, ambitions,
				null);
	}

	/** The name they are greeted by. */
	public String nameToUse() {
		return (this.preferredName != null && !this.preferredName.isBlank()) ? this.preferredName.trim()
				: this.fullName.trim();
	}

}
