package org.covenantconnects.platform;

import java.util.List;

/**
 * One page of the records behind a figure, and how many there are in all.
 */
public record Listing<T>(List<T> rows, long total) {

	public Listing {
		rows = List.copyOf(rows);
	}

	/**
	 * The total from a query's {@code count(*) over ()} column, or nought with no rows.
	 */
	public static <T> Listing<T> of(List<T> rows, long[] total) {
		return new Listing<>(rows, total[0]);
	}

}
