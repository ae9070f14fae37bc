package org.covenantconnects.places;

/** One of the nine English regions. */
public record Region(RegionCode code, String name, String slug) {

}
