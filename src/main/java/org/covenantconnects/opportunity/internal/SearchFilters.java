package org.covenantconnects.opportunity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.Outcome;
import org.covenantconnects.opportunity.SearchCriteria;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;

/**
 * What the search's filters look at of each published opportunity of a copy, as small
 * numbers: its category, type and outcomes as bits, its councils as numbers, and its
 * regions as the copy's one instance of each, so that testing an opportunity compares
 * numbers and references rather than hashing records and strings. The same filters as the
 * query in the database: regions and councils as the opportunity names them, whatever its
 * scope.
 */
final class SearchFilters {

	private final List<PublishedListing.Listed> rows;

	private final OpenToday open;

	/** The copy's one instance of each region any opportunity names. */
	private final Map<RegionCode, RegionCode> regionsNamed;

	private final RegionCode[][] regions;

	private final int[][] councils;

	private final boolean[] national;

	/** The bit of its category ({@link Category#ordinal()}), 0 for one not known. */
	private final int[] category;

	/** The bit of its type ({@link OpportunityType#ordinal()}), 0 for one not known. */
	private final int[] type;

	/** The bits of its outcomes ({@link Outcome#ordinal()}). */
	private final int[] outcomes;

	private SearchFilters(List<PublishedListing.Listed> rows, OpenToday open, Map<RegionCode, RegionCode> regionsNamed,
			RegionCode[][] regions, int[][] councils, boolean[] national, int[] category, int[] type, int[] outcomes) {
		this.rows = rows;
		this.open = open;
		this.regionsNamed = regionsNamed;
		this.regions = regions;
		this.councils = councils;
		this.national = national;
		this.category = category;
		this.type = type;
		this.outcomes = outcomes;
	}

	/** Reads the rows of a copy, in its order, with whether each is open today. */
	static SearchFilters of(List<PublishedListing.Listed> rows, OpenToday open) {
		int size = rows.size();
		Map<RegionCode, RegionCode> regionsNamed = new HashMap<>();
		RegionCode[][] regions = new RegionCode[size][];
		int[][] councils = new int[size][];
		boolean[] national = new boolean[size];
		int[] category = new int[size];
		int[] type = new int[size];
		int[] outcomes = new int[size];
		for (int i = 0; i < size; i++) {
			PublishedListing.Listed listed = rows.get(i);
			regions[i] = listed.regions()
				.stream()
				.map((region) -> regionsNamed.computeIfAbsent(region, (r) -> r))
				.toArray(RegionCode[]::new);
			councils[i] = listed.councils().stream().mapToInt(LocalAuthorityId::value).toArray();
			national[i] = "NATIONAL".equals(listed.scope());
			category[i] = bit(Category.class, listed.category());
			type[i] = bit(OpportunityType.class, listed.type());
			for (String outcome : listed.outcomes()) {
				outcomes[i] |= bit(Outcome.class, outcome);
			}
		}
		return new SearchFilters(rows, open, Map.copyOf(regionsNamed), regions, councils, national, category, type,
				outcomes);
	}

	private static <E extends Enum<E>> int bit(Class<E> kind, String name) {
		for (E each : kind.getEnumConstants()) {
			if (each.name().equals(name)) {
				return 1 << each.ordinal();
			}
		}
		return 0;
	}

	private static <E extends Enum<E>> int bits(Set<E> chosen) {
		int bits = 0;
		for (E each : chosen) {
			bits |= 1 << each.ordinal();
		}
		return bits;
	}

	/**
	 * The filters of one search, as a test of an opportunity's place in the copy: open
	 * today, and everything the search asks for.
	 * @param councilsOfRegion the councils of the search's region
	 * @param regionOfCouncil the region of the search's council
	 */
	IntPredicate accepting(SearchCriteria criteria, Collection<LocalAuthorityId> councilsOfRegion,
			RegionCode regionOfCouncil, LocalDate today, Instant hideBefore) {
		boolean byRegion = criteria.region() != null;
		// null when no opportunity names the region: then only national ones reach it,
		// or those of its councils.
		RegionCode region = byRegion ? this.regionsNamed.get(criteria.region()) : null;
		int[] regionCouncils = councilsOfRegion.stream().mapToInt(LocalAuthorityId::value).sorted().toArray();
		boolean byCouncil = criteria.council() != null;
		int council = byCouncil ? criteria.council().value() : 0;
		RegionCode councilRegion = (regionOfCouncil != null) ? this.regionsNamed.get(regionOfCouncil) : null;
		int categories = bits(criteria.categories());
		int outcomes = bits(criteria.outcomes());
		int types = bits(criteria.types());
		LocalDate soon = today.plusDays(SearchCriteria.CLOSING_SOON_DAYS);
		OpenToday.Test open = this.open.on(today, hideBefore);
		return (i) -> {
			if (!open.isOpen(i)) {
				return false;
			}
			PublishedListing.Listed listed = this.rows.get(i);
			boolean national = this.national[i];
			return (!byRegion || national || holds(this.regions[i], region)
					|| holdsAny(this.councils[i], regionCouncils))
					&& (!byCouncil || national || holds(this.regions[i], councilRegion)
							|| holds(this.councils[i], council))
					&& (categories == 0 || (this.category[i] & categories) != 0)
					&& (outcomes == 0 || (this.outcomes[i] & outcomes) != 0)
					&& (types == 0 || (this.type[i] & types) != 0) && (!criteria.nationalOnly() || national)
					&& (!criteria.qualityInternship() || listed.qualityInternship())
					&& (!criteria.confirmedOnlyLeftOut() || !this.open.confirmedOnly(i))
					&& (!criteria.closingSoon() || (listed.closesOn() != null && !listed.closesOn().isBefore(today)
							&& !listed.closesOn().isAfter(soon)))
					&& (criteria.ageFromAtLeast() == null || listed.fit().ageFrom() >= criteria.ageFromAtLeast())
					&& (criteria.ageToAtMost() == null || listed.fit().ageTo() <= criteria.ageToAtMost());
		};
	}

	private static boolean holds(RegionCode[] regions, RegionCode region) {
		if (region == null) {
			return false;
		}
		for (RegionCode each : regions) {
			if (each == region) {
				return true;
			}
		}
		return false;
	}

	private static boolean holds(int[] councils, int council) {
		for (int each : councils) {
			if (each == council) {
				return true;
			}
		}
		return false;
	}

	private static boolean holdsAny(int[] councils, int[] sorted) {
		for (int each : councils) {
			if (Arrays.binarySearch(sorted, each) >= 0) {
				return true;
			}
		}
		return false;
	}

}
