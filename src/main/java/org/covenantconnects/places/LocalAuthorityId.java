package org.covenantconnects.places;

/** Identifies one of the 153 councils with children's services. */
public record LocalAuthorityId(int value) {

}
