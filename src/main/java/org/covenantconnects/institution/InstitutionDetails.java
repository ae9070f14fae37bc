package org.covenantconnects.institution;

import java.util.List;

import org.covenantconnects.places.RegionCode;

import org.springframework.util.Assert;

/**
 * What identifies an institution, as a coordinator keeps it.
 *
 * @param group the group it belongs to, such as NCG, or {@code null}
 * @param webAddress its web site, or {@code null}
 * @param emailDomains its staff's email domains in lower case, such as
 * {@code ncl-coll.ac.uk}; may be empty
 */
public record InstitutionDetails(String name, InstitutionKind kind, String group, RegionCode region, Area area,
		String webAddress, List<String> emailDomains) {

	public InstitutionDetails {
		Assert.hasText(name, "name must not be empty");
		Assert.notNull(kind, "kind must not be null");
		Assert.notNull(region, "region must not be null");
		Assert.notNull(area, "area must not be null");
		emailDomains = List.copyOf(emailDomains);
	}

}
