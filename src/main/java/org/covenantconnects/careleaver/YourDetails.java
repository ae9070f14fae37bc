package org.covenantconnects.careleaver;

import java.util.Set;

import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.RegionCode;

import org.springframework.util.Assert;

/**
 * What a care leaver may change about themselves after registering.
 *
 * @param preferredName the name they like to be called, or {@code null} for their full
 * name
 * @param institution the college or university they attend, or {@code null}
 */
public record YourDetails(String preferredName, RegionCode region, Set<Category> categories, Set<OpportunityType> types,
		Situation situation, String institution) {

	/** The longest name of a college or university. */
	public static final int INSTITUTION_LENGTH = 100;

	public YourDetails {
		Assert.notNull(region, "region must not be null");
		Assert.notNull(situation, "situation must not be null");
		Assert.isTrue(!categories.isEmpty() || !types.isEmpty(), "They are interested in something");
		Assert.isTrue(institution == null || institution.trim().length() <= INSTITUTION_LENGTH,
				"institution must be 100 characters or fewer");
		categories = Set.copyOf(categories);
		types = Set.copyOf(types);
	}

	public YourDetails withPreferredName(String name) {
		return new YourDetails(name, this.region, this.categories, this.types, this.situation, this.institution);
	}

	public YourDetails withRegion(RegionCode code) {
		return new YourDetails(this.preferredName, code, this.categories, this.types, this.situation, this.institution);
	}

	public YourDetails withInterests(Set<Category> categories, Set<OpportunityType> types) {
		return new YourDetails(this.preferredName, this.region, categories, types, this.situation, this.institution);
	}

	public YourDetails withSituation(Situation now) {
		return new YourDetails(this.preferredName, this.region, this.categories, this.types, now, this.institution);
	}

	public YourDetails withInstitution(String name) {
		return new YourDetails(this.preferredName, this.region, this.categories, this.types, this.situation, name);
	}

	/** Their details as they are now. */
	public static YourDetails of(CareLeaverProfile profile) {
		return new YourDetails(profile.preferredName(), profile.region(), profile.categories(), profile.types(),
				profile.situation(), profile.institution());
	}

}
