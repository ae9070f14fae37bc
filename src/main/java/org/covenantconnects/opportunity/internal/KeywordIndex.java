package org.covenantconnects.opportunity.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of every published opportunity as PostgreSQL's full text search holds them
 * (the {@code search} column: each word's stem with its positions and weights), turned
 * round: for each stem, the opportunities that have it and where. It answers a search for
 * one or more words that must all be there, and ranks what it finds exactly as
 * {@code ts_rank_cd} does with its default weights and no normalisation, so the order is
 * the one PostgreSQL gives; anything else (alternatives, phrases, words left out, typing
 * mistakes) is still asked of PostgreSQL.
 */
final class KeywordIndex {

	/**
	 * {@code ts_rank_cd}'s default weights of D, C, B and A, as PostgreSQL holds them.
	 */
	private static final float[] WEIGHTS = { 0.1f, 0.2f, 0.4f, 1.0f };

	private static final double[] INVERSE_WEIGHTS = new double[4];

	static {
		for (int i = 0; i < WEIGHTS.length; i++) {
			INVERSE_WEIGHTS[i] = 1.0 / (double) WEIGHTS[i];
		}
	}

	private static final KeywordIndex EMPTY = new KeywordIndex(Map.of());

	/** For each stem, where it is found. */
	private final Map<String, Postings> postings;

	private KeywordIndex(Map<String, Postings> postings) {
		this.postings = postings;
	}

	static KeywordIndex empty() {
		return EMPTY;
	}

	/**
	 * Where one stem is found: the opportunities (by their place in the listing, in
	 * increasing order) and, for each, its positions, each as {@code position << 2 |
	 * weight} (weight 0 is D, 3 is A), in increasing order.
	 */
	private record Postings(int[] documents, int[] starts, int[] positions) {

	}

	/**
	 * Builds the index from each opportunity's {@code search} as text, in listing order.
	 */
	static KeywordIndex of(List<String> documents) {
		Map<String, Builder> building = new HashMap<>();
		for (int document = 0; document < documents.size(); document++) {
			String text = documents.get(document);
			if (text != null) {
				parse(text, document, building);
			}
		}
		Map<String, Postings> postings = new HashMap<>(building.size() * 2);
		building.forEach((stem, builder) -> postings.put(stem, builder.build()));
		return new KeywordIndex(postings);
	}

	/**
	 * Reads a tsvector's text ({@code 'care':13B,29C 'leav':28C}) into the builders.
	 */
	private static void parse(String text, int document, Map<String, Builder> building) {
		int i = 0;
		int length = text.length();
		StringBuilder stem = new StringBuilder();
		while (i < length) {
			while (i < length && text.charAt(i) == ' ') {
				i++;
			}
			if (i >= length) {
				break;
			}
			if (text.charAt(i) != '\'') {
				throw new IllegalArgumentException("Unexpected search text: " + text);
			}
			i++;
			stem.setLength(0);
			while (i < length) {
				char c = text.charAt(i);
				if (c == '\'') {
					if (i + 1 < length && text.charAt(i + 1) == '\'') {
						stem.append('\'');
						i += 2;
						continue;
					}
					i++;
					break;
				}
				if (c == '\\' && i + 1 < length) {
					stem.append(text.charAt(i + 1));
					i += 2;
					continue;
				}
				stem.append(c);
				i++;
			}
			Builder builder = building.computeIfAbsent(stem.toString(), (s) -> new Builder());
			builder.startDocument(document);
			if (i < length && text.charAt(i) == ':') {
				i++;
				while (i < length && text.charAt(i) != ' ') {
					int position = 0;
					while (i < length && Character.isDigit(text.charAt(i))) {
						position = position * 10 + (text.charAt(i) - '0');
						i++;
					}
					int weight = 0;
					if (i < length && text.charAt(i) >= 'A' && text.charAt(i) <= 'D') {
						weight = 'D' - text.charAt(i);
						i++;
					}
					builder.position((position << 2) | weight);
					if (i < length && text.charAt(i) == ',') {
						i++;
					}
				}
			}
		}
	}

	/**
	 * The opportunities that have every one of these stems, each with its rank; the stems
	 * must be different from each other.
	 * @param accept which opportunities (by place in the listing) may be found at all
	 * @return the places in the listing, in increasing order, and their ranks
	 */
	Found find(List<String> stems, java.util.function.IntPredicate accept) {
		List<Postings> lists = new ArrayList<>(stems.size());
		for (String stem : stems) {
			Postings found = this.postings.get(stem);
			if (found == null) {
				return new Found(new int[0], new float[0], 0);
			}
			lists.add(found);
		}
		lists.sort((a, b) -> Integer.compare(a.documents().length, b.documents().length));
		Postings rarest = lists.get(0);
		int[] documents = new int[rarest.documents().length];
		float[] ranks = new float[documents.length];
		int[] cursors = new int[lists.size()];
		int count = 0;
		int[] at = new int[lists.size()];
		candidates: for (int r = 0; r < rarest.documents().length; r++) {
			int document = rarest.documents()[r];
			at[0] = r;
			for (int l = 1; l < lists.size(); l++) {
				int[] others = lists.get(l).documents();
				int cursor = cursors[l];
				while (cursor < others.length && others[cursor] < document) {
					cursor++;
				}
				cursors[l] = cursor;
				if (cursor == others.length || others[cursor] != document) {
					continue candidates;
				}
				at[l] = cursor;
			}
			if (!accept.test(document)) {
				continue;
			}
			documents[count] = document;
			ranks[count] = rank(lists, at);
			count++;
		}
		return new Found(documents, ranks, count);
	}

	/** What {@link #find} found: the first {@code count} of each array. */
	record Found(int[] documents, float[] ranks, int count) {

	}

	/**
	 * {@code ts_rank_cd} of one opportunity for a query of every one of these stems: each
	 * cover (a shortest stretch holding them all) adds its length over the sum of its
	 * words' inverse weights, divided by one more than the other words inside it.
	 */
	private static float rank(List<Postings> lists, int[] at) {
		// Every position of any of the stems, in order of position, with which stem it
		// is.
		int total = 0;
		for (int l = 0; l < lists.size(); l++) {
			Postings p = lists.get(l);
			total += p.starts()[at[l] + 1] - p.starts()[at[l]];
		}
		long[] entries = new long[total];
		int n = 0;
		for (int l = 0; l < lists.size(); l++) {
			Postings p = lists.get(l);
			for (int k = p.starts()[at[l]]; k < p.starts()[at[l] + 1]; k++) {
				int packed = p.positions()[k];
				// Ordered by position, then weight, as PostgreSQL orders them.
				entries[n++] = ((long) packed << 8) | l;
			}
		}
		java.util.Arrays.sort(entries);
		int terms = lists.size();
		double rank = 0;
		if (terms == 1) {
			for (long entry : entries) {
				rank += 1.0 / INVERSE_WEIGHTS[(int) ((entry >> 8) & 3)];
			}
			return (float) rank;
		}
		int from = 0;
		boolean[] seen = new boolean[terms];
		while (true) {
			// The end of the next cover: the first entry from 'from' by which every stem
			// was seen.
			java.util.Arrays.fill(seen, false);
			int missing = terms;
			int end = -1;
			for (int e = from; e < n; e++) {
				int term = (int) (entries[e] & 0xff);
				if (!seen[term]) {
					seen[term] = true;
					if (--missing == 0) {
						end = e;
						break;
					}
				}
			}
			if (end < 0) {
				return (float) rank;
			}
			// Its beginning: going back from the end, the first entry by which every stem
			// was seen.
			java.util.Arrays.fill(seen, false);
			missing = terms;
			int begin = end;
			for (int e = end; e >= from; e--) {
				int term = (int) (entries[e] & 0xff);
				if (!seen[term]) {
					seen[term] = true;
					if (--missing == 0) {
						begin = e;
						break;
					}
				}
			}
			double inverseSum = 0;
			for (int e = begin; e <= end; e++) {
				inverseSum += INVERSE_WEIGHTS[(int) ((entries[e] >> 8) & 3)];
			}
			double density = ((double) (end - begin + 1)) / inverseSum;
			int p = (int) (entries[begin] >> 10);
			int q = (int) (entries[end] >> 10);
			int noise = (q - p) - (end - begin);
			if (noise < 0) {
				noise = (end - begin) / 2;
			}
			rank += density / (1 + noise);
			from = begin + 1;
		}
	}

	private static final class Builder {

		private int[] documents = new int[8];

		private int[] starts = new int[9];

		private int[] positions = new int[16];

		private int count;

		private int positionCount;

		void startDocument(int document) {
			if (this.count == this.documents.length) {
				this.documents = java.util.Arrays.copyOf(this.documents, this.count * 2);
				this.starts = java.util.Arrays.copyOf(this.starts, this.count * 2 + 1);
			}
			this.documents[this.count] = document;
			this.starts[this.count] = this.positionCount;
			this.count++;
			this.starts[this.count] = this.positionCount;
		}

		void position(int packed) {
			if (this.positionCount == this.positions.length) {
				this.positions = java.util.Arrays.copyOf(this.positions, this.positionCount * 2);
			}
			this.positions[this.positionCount++] = packed;
			this.starts[this.count] = this.positionCount;
		}

		Postings build() {
			return new Postings(java.util.Arrays.copyOf(this.documents, this.count),
					java.util.Arrays.copyOf(this.starts, this.count + 1),
					java.util.Arrays.copyOf(this.positions, this.positionCount));
		}

	}

}
