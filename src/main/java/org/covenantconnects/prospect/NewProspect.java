package org.covenantconnects.prospect;

import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.signatory.Sector;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * What a coordinator records about a prospect. Exactly one of
 * {@code recommendedByCouncil} and {@code recommendedBy} is given.
 */
public record NewProspect(String name, @Nullable String website, @Nullable Sector sector, @Nullable RegionCode region,
		String contactName, String contactEmail, @Nullable LocalAuthorityId recommendedByCouncil,
		@Nullable String recommendedBy) {

	public NewProspect {
		Assert.hasText(name, "name must not be empty");
		Assert.hasText(contactName, "contactName must not be empty");
		Assert.hasText(contactEmail, "contactEmail must not be empty");
		Assert.isTrue((recommendedByCouncil == null) != (recommendedBy == null || recommendedBy.isBlank()),
				"either a council or someone else recommended it");
	}

}
