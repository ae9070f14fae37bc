package org.covenantconnects.opportunity.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The words of every published opportunity's title, organisation name and summary (its
 * {@code search_text}), for the search that forgives typing mistakes: which opportunities
 * {@code :q <% search_text} finds, and each one's {@code word_similarity(:q,
 * search_text)}, computed as PostgreSQL's pg_trgm computes them with its default
 * threshold of 0.6, so the same opportunities are found in the same order.
 * <p>
 * pg_trgm reads a text as words of letters and digits, lower-cased, each padded with two
 * spaces before and one after, and takes every three characters in a row (a trigram). The
 * word similarity of a search with a text is the best, over stretches of the text's
 * trigrams, of the trigrams of the search found in the stretch over all the different
 * trigrams of both; pg_trgm finds that best stretch greedily, and this does exactly the
 * same steps. Each different word is held once, with its trigrams as numbers, and each
 * opportunity as the numbers of its words; the opportunities holding enough of a search's
 * trigrams to reach the threshold are found from the words first, and only those are
 * compared trigram by trigram.
 * <p>
 * Letters outside ASCII are read as Java reads them; PostgreSQL reads them by its locale,
 * and hashes a trigram holding them, so for such text the two may rarely differ. A search
 * with such letters is left to PostgreSQL ({@link #canAnswer}).
 */
final class SimilarWords {

	/** pg_trgm's {@code word_similarity_threshold}, which the service never changes. */
	static final double THRESHOLD = 0.6;

	/** For each opportunity (by place in the listing), the numbers of its words. */
	private final int[][] documents;

	/** For each word, its trigrams' numbers in order. */
	private final int[][] wordTrigrams;

	/** For each word, the opportunities that have it, in increasing order. */
	private final int[][] wordDocuments;

	/** For each trigram, the words that have it. */
	private final int[][] trigramWords;

	/** Each trigram's number, by {@link #key}. */
	private final Map<Long, Integer> trigrams;

	private SimilarWords(int[][] documents, int[][] wordTrigrams, int[][] wordDocuments, int[][] trigramWords,
			Map<Long, Integer> trigrams) {
		this.documents = documents;
		this.wordTrigrams = wordTrigrams;
		this.wordDocuments = wordDocuments;
		this.trigramWords = trigramWords;
		this.trigrams = trigrams;
	}

	/** Reads each opportunity's {@code search_text}, in listing order. */
	static SimilarWords of(List<String> texts) {
		Map<String, Integer> wordNumbers = new HashMap<>();
		List<String> words = new ArrayList<>();
		int[][] documents = new int[texts.size()][];
		List<int[]> postings = new ArrayList<>();
		int[] postingCounts = new int[16];
		for (int document = 0; document < texts.size(); document++) {
			List<String> read = words(texts.get(document));
			int[] numbers = new int[read.size()];
			for (int w = 0; w < numbers.length; w++) {
				Integer number = wordNumbers.get(read.get(w));
				if (number == null) {
					number = words.size();
					wordNumbers.put(read.get(w), number);
					words.add(read.get(w));
					postings.add(new int[4]);
					if (number == postingCounts.length) {
						postingCounts = Arrays.copyOf(postingCounts, number * 2);
					}
				}
				numbers[w] = number;
				int[] list = postings.get(number);
				int count = postingCounts[number];
				if (count == 0 || list[count - 1] != document) {
					if (count == list.length) {
						list = Arrays.copyOf(list, count * 2);
						postings.set(number, list);
					}
					list[count] = document;
					postingCounts[number] = count + 1;
				}
			}
			documents[document] = numbers;
		}
		Map<Long, Integer> trigrams = new HashMap<>();
		List<List<Integer>> trigramWords = new ArrayList<>();
		int[][] wordTrigrams = new int[words.size()][];
		int[][] wordDocuments = new int[words.size()][];
		for (int w = 0; w < words.size(); w++) {
			long[] keys = trigrams(words.get(w));
			int[] numbers = new int[keys.length];
			for (int t = 0; t < keys.length; t++) {
				Integer number = trigrams.get(keys[t]);
				if (number == null) {
					number = trigramWords.size();
					trigrams.put(keys[t], number);
					trigramWords.add(new ArrayList<>(2));
				}
				numbers[t] = number;
				List<Integer> having = trigramWords.get(number);
				if (having.isEmpty() || having.get(having.size() - 1) != w) {
					having.add(w);
				}
			}
			wordTrigrams[w] = numbers;
			wordDocuments[w] = Arrays.copyOf(postings.get(w), postingCounts[w]);
		}
		int[][] trigramWordArrays = new int[trigramWords.size()][];
		for (int t = 0; t < trigramWordArrays.length; t++) {
			trigramWordArrays[t] = trigramWords.get(t).stream().mapToInt(Integer::intValue).toArray();
		}
		return new SimilarWords(documents, wordTrigrams, wordDocuments, trigramWordArrays, trigrams);
	}

	/** Whether this can answer for these words: only letters and digits of ASCII. */
	static boolean canAnswer(String keywords) {
		for (int i = 0; i < keywords.length(); i++) {
			if (keywords.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The words of a text as pg_trgm reads them: runs of letters and digits, lower-cased.
	 */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		if (text == null) {
			return words;
		}
		int i = 0;
		int length = text.length();
		StringBuilder word = new StringBuilder();
		while (i < length) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (Character.isLetterOrDigit(c)) {
				word.appendCodePoint(Character.toLowerCase(c));
			}
			else if (!word.isEmpty()) {
				words.add(word.toString());
				word.setLength(0);
			}
		}
		if (!word.isEmpty()) {
			words.add(word.toString());
		}
		return words;
	}

	/**
	 * The trigrams of one word, in order, each as {@link #key}: the word padded with two
	 * spaces before and one after, three characters at a time.
	 */
	static long[] trigrams(String word) {
		int[] padded = new int[word.codePointCount(0, word.length()) + 3];
		padded[0] = ' ';
		padded[1] = ' ';
		int n = 2;
		for (int i = 0; i < word.length();) {
			int c = word.codePointAt(i);
			padded[n++] = c;
			i += Character.charCount(c);
		}
		padded[n++] = ' ';
		long[] keys = new long[n - 2];
		for (int i = 0; i < keys.length; i++) {
			keys[i] = key(padded[i], padded[i + 1], padded[i + 2]);
		}
		return keys;
	}

	private static long key(int a, int b, int c) {
		return ((long) a << 42) | ((long) b << 21) | c;
	}

	/** The trigrams of a search, each different one once. */
	private static long[] searchTrigrams(String keywords) {
		List<Long> all = new ArrayList<>();
		for (String word : words(keywords)) {
			for (long key : trigrams(word)) {
				all.add(key);
			}
		}
		return all.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
	}

	/**
	 * The opportunities {@code keywords <% search_text} finds, among those accepted, with
	 * their word similarity.
	 * @return the places in the listing, in increasing order, and their similarities
	 */
	KeywordIndex.Found find(String keywords, IntPredicate accept) {
		long[] searched = searchTrigrams(keywords);
		int searchedCount = searched.length;
		int documentCount = this.documents.length;
		if (searchedCount == 0 || documentCount == 0) {
			return new KeywordIndex.Found(new int[0], new float[0], 0);
		}
		// Which trigrams of the text are the search's: by number, those any word has.
		boolean[] found = new boolean[this.trigramWords.length];
		int[] held = new int[searchedCount];
		int heldCount = 0;
		for (long key : searched) {
			Integer number = this.trigrams.get(key);
			if (number != null) {
				found[number] = true;
				held[heldCount++] = number;
			}
		}
		// How many of the search's trigrams each opportunity has: its word similarity
		// is at most that over how many the search has, so only those with enough can
		// reach the threshold.
		int[] having = new int[documentCount];
		int[] lastCounted = new int[documentCount];
		for (int h = 0; h < heldCount; h++) {
			int mark = h + 1;
			for (int word : this.trigramWords[held[h]]) {
				for (int document : this.wordDocuments[word]) {
					if (lastCounted[document] != mark) {
						lastCounted[document] = mark;
						having[document]++;
					}
				}
			}
		}
		int[] documents = new int[16];
		float[] similarities = new float[16];
		int count = 0;
		int[] lastPosition = new int[this.trigramWords.length];
		Arrays.fill(lastPosition, -1);
		int[] sequence = new int[64];
		for (int document = 0; document < documentCount; document++) {
			if ((long) having[document] * 100 < (long) searchedCount * 59 || !accept.test(document)) {
				continue;
			}
			int length = 0;
			for (int word : this.documents[document]) {
				int[] numbers = this.wordTrigrams[word];
				if (length + numbers.length > sequence.length) {
					sequence = Arrays.copyOf(sequence, Math.max(sequence.length * 2, length + numbers.length));
				}
				System.arraycopy(numbers, 0, sequence, length, numbers.length);
				length += numbers.length;
			}
			float similarity = similarity(sequence, length, found, searchedCount, lastPosition);
			for (int i = 0; i < length; i++) {
				lastPosition[sequence[i]] = -1;
			}
			if ((double) similarity >= THRESHOLD) {
				if (count == documents.length) {
					documents = Arrays.copyOf(documents, count * 2);
					similarities = Arrays.copyOf(similarities, count * 2);
				}
				documents[count] = document;
				similarities[count] = similarity;
				count++;
			}
		}
		return new KeywordIndex.Found(documents, similarities, count);
	}

	/**
	 * pg_trgm's word similarity of a search with one text, by its steps: going along the
	 * text's trigrams, at each one of the search's the stretch ends there, and its start
	 * moves on while that makes the similarity higher.
	 * @param sequence the text's trigrams, by number, the first {@code length}
	 * @param found which trigrams are the search's
	 * @param searchedCount how many different trigrams the search has
	 * @param lastPosition for each trigram, -1; left so
	 */
	private static float similarity(int[] sequence, int length, boolean[] found, int searchedCount,
			int[] lastPosition) {
		int differentInStretch = 0;
		int foundInStretch = 0;
		int lower = -1;
		float best = 0f;
		for (int i = 0; i < length; i++) {
			int trigram = sequence[i];
			if (lower >= 0 || found[trigram]) {
				if (lastPosition[trigram] < 0) {
					differentInStretch++;
					if (found[trigram]) {
						foundInStretch++;
					}
				}
				lastPosition[trigram] = i;
			}
			if (found[trigram]) {
				if (lower == -1) {
					lower = i;
					differentInStretch = 1;
				}
				float current = similarity(foundInStretch, searchedCount, differentInStretch);
				int tryFound = foundInStretch;
				int tryDifferent = differentInStretch;
				int previousLower = lower;
				for (int tryLower = lower; tryLower <= i; tryLower++) {
					float tried = similarity(tryFound, searchedCount, tryDifferent);
					if (tried > current) {
						current = tried;
						differentInStretch = tryDifferent;
						lower = tryLower;
						foundInStretch = tryFound;
					}
					int at = sequence[tryLower];
					if (lastPosition[at] == tryLower) {
						tryDifferent--;
						if (found[at]) {
							tryFound--;
						}
					}
				}
				best = Math.max(best, current);
				for (int dropped = previousLower; dropped < lower; dropped++) {
					int at = sequence[dropped];
					if (lastPosition[at] == dropped) {
						lastPosition[at] = -1;
					}
				}
			}
		}
		return best;
	}

	/**
	 * pg_trgm's similarity of trigram counts: those in common over all the different
	 * ones, in single precision as PostgreSQL computes it.
	 */
	private static float similarity(int common, int first, int second) {
		return (float) common / (float) (first + second - common);
	}

}
