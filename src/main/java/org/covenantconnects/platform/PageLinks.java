package org.covenantconnects.platform;

import java.util.List;
import java.util.stream.IntStream;

/**
 * What the pagination component needs: the current page (from 1), how many pages there
 * are, and the address each page number is appended to (for example
 * {@code /admin/users?page=}).
 */
public record PageLinks(int current, int total, String hrefPrefix) {

	public static final int DEFAULT_SIZE = 25;

	public static PageLinks of(int requested, long items, int size, String hrefPrefix) {
		int total = (int) Math.max(1, (items + size - 1) / size);
		return new PageLinks(Math.min(Math.max(requested, 1), total), total, hrefPrefix);
	}

	/** Zero-based offset of the first item on the current page. */
	public int offset(int size) {
		return (this.current - 1) * size;
	}

	public boolean hasPrevious() {
		return this.current > 1;
	}

	public boolean hasNext() {
		return this.current < this.total;
	}

	/**
	 * Page numbers to show: the first, the last, and those next to the current one; 0
	 * means a gap.
	 */
	public List<Integer> numbers() {
		List<Integer> shown = IntStream.rangeClosed(1, this.total)
			.filter((n) -> n == 1 || n == this.total || Math.abs(n - this.current) <= 1)
			.boxed()
			.toList();
		java.util.ArrayList<Integer> withGaps = new java.util.ArrayList<>();
		for (int n : shown) {
			if (!withGaps.isEmpty() && n - withGaps.get(withGaps.size() - 1) > 1) {
				withGaps.add(0);
			}
			withGaps.add(n);
		}
		return withGaps;
	}

	public String href(int page) {
		return this.hrefPrefix + page;
	}

}
