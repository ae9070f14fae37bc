package org.covenantconnects.opportunity;

import java.util.List;

/**
 * One page of search results.
 *
 * @param page the page asked for, which may be past the last page (then {@code items} is
 * empty)
 * @param totalPages at least 1
 */
public record SearchResults(List<OpportunityView> items, long total, int page, int pageSize, int totalPages) {

	public boolean isPastTheEnd() {
		return this.page > this.totalPages;
	}

}
