package org.covenantconnects.opportunity;

import java.util.Set;

import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;

/**
 * A checked search of the published opportunities. Empty sets and {@code null} values
 * mean no filter.
 *
 * @param keywords words to look for, with at least one letter or digit, or {@code null}
 * @param page from 1
 * @param confirmedOnlyLeftOut leave out opportunities only for young people whose care
 * experience is confirmed, for a young person whose care experience is not
 * @param ageFromAtLeast only opportunities whose youngest age is this or older, or
 * {@code null}
 * @param ageToAtMost only opportunities whose oldest age is this or younger, or
 * {@code null}
 */
public record SearchCriteria(String keywords, RegionCode region, LocalAuthorityId council, Set<Category> categories,
		Set<Outcome> outcomes, Set<OpportunityType> types, boolean nationalOnly, boolean qualityInternship,
		boolean closingSoon, SearchSort sort, int page, int pageSize, boolean confirmedOnlyLeftOut,
		Integer ageFromAtLeast, Integer ageToAtMost) {

	public SearchCriteria(String keywords, RegionCode region, LocalAuthorityId council, Set<Category> categories,
			Set<Outcome> outcomes, Set<OpportunityType> types, boolean nationalOnly, boolean qualityInternship,
			boolean closingSoon, SearchSort sort, int page, int pageSize) {
		this(keywords, region, council, categories, outcomes, types, nationalOnly, qualityInternship, closingSoon, sort,
				page, pageSize, false, null, null);
	}

	/** The same search, leaving out opportunities only for confirmed young people. */
	public SearchCriteria leavingOutConfirmedOnly() {
		return new SearchCriteria(this.keywords, this.region, this.council, this.categories, this.outcomes, this.types,
				this.nationalOnly, this.qualityInternship, this.closingSoon, this.sort, this.page, this.pageSize, true,
				this.ageFromAtLeast, this.ageToAtMost);
	}

	/**
	 * The same search, only of opportunities whose ages lie within these: a youngest age
	 * of at least {@code ageFromAtLeast} and an oldest age of at most
	 * {@code ageToAtMost}, either {@code null} for no bound.
	 */
	public SearchCriteria withAges(Integer ageFromAtLeast, Integer ageToAtMost) {
		return new SearchCriteria(this.keywords, this.region, this.council, this.categories, this.outcomes, this.types,
				this.nationalOnly, this.qualityInternship, this.closingSoon, this.sort, this.page, this.pageSize,
				this.confirmedOnlyLeftOut, ageFromAtLeast, ageToAtMost);
	}

	/** An opportunity closing within this many days is closing soon. */
	public static final int CLOSING_SOON_DAYS = 14;

	public static final int DEFAULT_PAGE_SIZE = 20;

	public SearchCriteria {
		categories = (categories != null) ? Set.copyOf(categories) : Set.of();
		outcomes = (outcomes != null) ? Set.copyOf(outcomes) : Set.of();
		types = (types != null) ? Set.copyOf(types) : Set.of();
		sort = (sort != null) ? sort : ((keywords != null) ? SearchSort.RELEVANCE : SearchSort.NEWEST);
		page = Math.max(1, page);
		pageSize = (pageSize > 0) ? pageSize : DEFAULT_PAGE_SIZE;
	}

	public static SearchCriteria everything() {
		return new SearchCriteria(null, null, null, null, null, null, false, false, false, null, 1, 0);
	}

}
