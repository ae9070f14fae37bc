package org.covenantconnects.search.api;

import java.util.List;

/**
 * One page of search results.
 *
 * @param page from 1; past the last page the items are empty
 */
record OpportunityPageJson(List<OpportunityJson> items, long totalItems, int page, int pageSize, int totalPages) {

}
