package org.covenantconnects.signatory;

import java.util.List;

import org.covenantconnects.places.RegionCode;

/**
 * What an organisation tells us when it expresses interest.
 *
 * @param regions the regions it works in; ignored when {@code national}
 * @param website may be {@code null}
 */
public record NewOrganisation(String name, Sector sector, Size size, String website, boolean national,
		List<RegionCode> regions, String couldOffer) {

}
