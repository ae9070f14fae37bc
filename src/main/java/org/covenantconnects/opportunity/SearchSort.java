package org.covenantconnects.opportunity;

/** The orders search results can be shown in. */
public enum SearchSort {

	RELEVANCE("Most relevant"), NEWEST("Newest"), CLOSING("Closing soonest");

	private final String label;

	SearchSort(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
