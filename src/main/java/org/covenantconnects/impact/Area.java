package org.covenantconnects.impact;

import java.util.List;

import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.Region;
import org.covenantconnects.places.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * Where the dashboard's figures are counted: all England, one region, or a set of
 * councils (one council, or a coordinator's patch). Records that belong to a council
 * (care leavers and take-ups by the council that looked after the young person, advisers
 * and partnerships by their council) are counted by council; records that belong only to
 * a region (signatories, events, institutions) are counted in the councils' regions.
 *
 * @param name what the area is called on the page, such as "Manchester"
 * @param kind all England, a region or councils
 * @param regions the region, or the regions the councils are in; none for all England
 * @param councils the region's councils, or the councils chosen; none for all England
 */
public record Area(String name, Kind kind, List<RegionCode> regions, List<LocalAuthorityId> councils) {

	/** All England. */
	public static final Area ENGLAND = new Area("All England", Kind.ENGLAND, List.of(), List.of());

	public Area {
		regions = List.copyOf(regions);
		councils = List.copyOf(councils);
	}

	public static Area region(String name, RegionCode region, List<LocalAuthorityId> councils) {
		return new Area(name, Kind.REGION, List.of(region), councils);
	}

	/** All England, or one region with its councils. */
	public static Area of(@Nullable RegionCode region, Places places) {
		if (region == null) {
			return ENGLAND;
		}
		return region(places.region(region).map(Region::name).orElseThrow(), region,
				places.localAuthorities()
					.stream()
					.filter((council) -> council.region().equals(region))
					.map(LocalAuthority::id)
					.toList());
	}

	/** One council, or a coordinator's patch, with the regions its councils are in. */
	public static Area councils(String name, List<LocalAuthorityId> councils, List<RegionCode> regions) {
		return new Area(name, Kind.COUNCILS,
				regions.stream().distinct().sorted((a, b) -> a.value().compareTo(b.value())).toList(), councils);
	}

	public boolean england() {
		return this.kind == Kind.ENGLAND;
	}

	/** Whether it is a council or a patch, whose records are counted by council. */
	public boolean byCouncil() {
		return this.kind == Kind.COUNCILS;
	}

	/** The one region, for a region; {@code null} otherwise. */
	public @Nullable RegionCode region() {
		return (this.kind == Kind.REGION) ? this.regions.get(0) : null;
	}

	/** The regions where young people live, for a region; {@code null} otherwise. */
	@Nullable List<RegionCode> livingIn() {
		return (this.kind == Kind.REGION) ? this.regions : null;
	}

	/**
	 * The councils that looked after young people, for councils; {@code null} otherwise.
	 */
	@Nullable List<LocalAuthorityId> lookedAfterBy() {
		return (this.kind == Kind.COUNCILS) ? this.councils : null;
	}

	/** The councils, or {@code null} for all England. */
	@Nullable List<LocalAuthorityId> councilsOrAll() {
		return england() ? null : this.councils;
	}

	/** The kinds of area. */
	public enum Kind {

		ENGLAND, REGION, COUNCILS

	}

}
