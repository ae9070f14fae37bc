package org.covenantconnects.places;

/** A council with children's services, in the region it belongs to. */
public record LocalAuthority(LocalAuthorityId id, String name, String slug, RegionCode region) {

}
