package org.covenantconnects.council;

import java.util.Set;

import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;

/**
 * The regions and councils a coordinator looks after. A council is in the patch when its
 * region is, or when it is named on its own.
 */
public record Patch(Set<RegionCode> regions, Set<LocalAuthorityId> councils) {

	public Patch {
		regions = Set.copyOf(regions);
		councils = Set.copyOf(councils);
	}

	public static Patch empty() {
		return new Patch(Set.of(), Set.of());
	}

	public boolean isEmpty() {
		return this.regions.isEmpty() && this.councils.isEmpty();
	}

	public boolean covers(LocalAuthority council) {
		return this.regions.contains(council.region()) || this.councils.contains(council.id());
	}

}
