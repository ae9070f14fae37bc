/**
 * Knows England's nine regions and 153 councils with children's services.
 * <p>
 * Other modules refer to them by {@link org.covenantconnects.places.RegionCode} and
 * {@link org.covenantconnects.places.LocalAuthorityId}, never by name.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Places")
package org.covenantconnects.places;
