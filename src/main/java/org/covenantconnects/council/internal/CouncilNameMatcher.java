package org.covenantconnects.council.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import org.covenantconnects.council.MatchOutcome;
import org.covenantconnects.council.NameMatch;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.platform.NameWords;

/**
 * Matches names as a partner list publishes them to the 153 councils (ADR 027). In turn:
 * the same name ignoring case and extra spaces (exact); the same once cleaned, or a
 * common short name (cleaned); else the closest council by edit distance between cleaned
 * names: a guess when its score is at least {@link #GUESS_AT} and the runner-up is at
 * least {@link #CLEAR_BY} behind, ambiguous when the runner-up is closer, not matched
 * below {@link #GUESS_AT}. A row whose council an earlier row already has is a duplicate.
 */
@SuppressFBWarnings(value = "REDOS",
		justification = "Names are folded only to compare them with the councils list; the bracket pattern uses negated classes, so it runs in linear time")
public final class CouncilNameMatcher {

	/** The lowest score for which a council is suggested. */
	public static final double GUESS_AT = 0.8;

	/** How far ahead of the runner-up a guess must be; closer is ambiguous. */
	public static final double CLEAR_BY = 0.1;

	private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");

	/**
	 * Words a published name may add to a council's, which say nothing of which it is.
	 */
	private static final Set<String> NOISE = Set.of("council", "city", "borough", "county", "of", "the", "metropolitan",
			"district", "royal", "london", "unitary", "authority", "la");

	/**
	 * Common short names, by their cleaned form, and the council each means. Only names
	 * nobody uses for another council are listed.
	 */
	private static final Map<String, String> SHORT_NAMES = Map.ofEntries(Map.entry("hull", "Kingston upon Hull"),
			Map.entry("blackburn", "Blackburn with Darwen"), Map.entry("bcp", "Bournemouth, Christchurch and Poole"),
			Map.entry("bournemouth", "Bournemouth, Christchurch and Poole"),
			Map.entry("banes", "Bath and North East Somerset"), Map.entry("telford", "Telford and Wrekin"),
			Map.entry("windsor", "Windsor and Maidenhead"), Map.entry("brighton", "Brighton and Hove"),
			Map.entry("newcastle", "Newcastle upon Tyne"), Map.entry("southend", "Southend-on-Sea"),
			Map.entry("stockton", "Stockton-on-Tees"), Map.entry("stoke", "Stoke-on-Trent"),
			Map.entry("redcar", "Redcar and Cleveland"), Map.entry("hammersmith", "Hammersmith and Fulham"),
			Map.entry("kensington", "Kensington and Chelsea"), Map.entry("barking", "Barking and Dagenham"),
			Map.entry("richmond", "Richmond upon Thames"), Map.entry("westmorland", "Westmorland and Furness"),
			Map.entry("eastriding", "East Riding of Yorkshire"), Map.entry("durham", "County Durham"),
			Map.entry("scilly", "Isles of Scilly"), Map.entry("wight", "Isle of Wight"));

	private final List<LocalAuthority> councils;

	private final Map<String, LocalAuthority> byExactName = new HashMap<>();

	private final Map<String, List<LocalAuthority>> byCleanedName = new HashMap<>();

	private final Map<LocalAuthority, String> cleanedNames = new HashMap<>();

	public CouncilNameMatcher(List<LocalAuthority> councils) {
		this.councils = List.copyOf(councils);
		Map<String, LocalAuthority> byName = new HashMap<>();
		for (LocalAuthority council : this.councils) {
			byName.put(council.name(), council);
			this.byExactName.put(exact(council.name()), council);
			String cleaned = cleaned(council.name());
			this.cleanedNames.put(council, cleaned);
			this.byCleanedName.computeIfAbsent(cleaned, (key) -> new ArrayList<>()).add(council);
		}
		SHORT_NAMES.forEach((shortName, name) -> {
			LocalAuthority council = byName.get(name);
			List<LocalAuthority> known = this.byCleanedName.computeIfAbsent(shortName, (key) -> new ArrayList<>());
			if (council != null && !known.contains(council)) {
				known.add(council);
			}
		});
	}

	/** Matches each name, in order; rows are numbered from 1. */
	public List<NameMatch> match(List<String> names) {
		List<NameMatch> matches = new ArrayList<>(names.size());
		Map<LocalAuthorityId, Integer> firstRow = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			NameMatch match = match(i + 1, names.get(i));
			if (match.outcome() == MatchOutcome.EXACT || match.outcome() == MatchOutcome.CLEANED
					|| match.outcome() == MatchOutcome.GUESS) {
				Integer earlier = firstRow.putIfAbsent(match.council().id(), match.row());
				if (earlier != null) {
					match = new NameMatch(match.row(), match.published(), MatchOutcome.DUPLICATE, match.council(),
							match.score(), match.runnerUp(), match.runnerUpScore(), earlier);
				}
			}
			matches.add(match);
		}
		return matches;
	}

	NameMatch match(int row, String published) {
		LocalAuthority exact = this.byExactName.get(exact(published));
		if (exact != null) {
			return new NameMatch(row, published, MatchOutcome.EXACT, exact, 1.0, null, 0, 0);
		}
		String cleaned = cleaned(published);
		List<LocalAuthority> same = this.byCleanedName.getOrDefault(cleaned, List.of());
		if (same.size() == 1) {
			return new NameMatch(row, published, MatchOutcome.CLEANED, same.get(0), 1.0, null, 0, 0);
		}
		if (same.size() > 1) {
			return new NameMatch(row, published, MatchOutcome.AMBIGUOUS, same.get(0), 1.0, same.get(1), 1.0, 0);
		}
		List<Scored> scored = this.councils.stream()
			.map((council) -> new Scored(council, score(cleaned, this.cleanedNames.get(council))))
			.sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing((s) -> s.council().name()))
			.limit(2)
			.toList();
		Scored best = scored.get(0);
		Scored second = (scored.size() > 1) ? scored.get(1) : new Scored(null, 0);
		MatchOutcome outcome;
		if (best.score() < GUESS_AT) {
			outcome = MatchOutcome.NOT_MATCHED;
		}
		else if (best.score() - second.score() < CLEAR_BY) {
			outcome = MatchOutcome.AMBIGUOUS;
		}
		else {
			outcome = MatchOutcome.GUESS;
		}
		return new NameMatch(row, published, outcome, best.council(), round(best.score()), second.council(),
				round(second.score()), 0);
	}

	/** The name ignoring case and runs of spaces. */
	static String exact(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/**
	 * The name without bracketed notes, accents, punctuation, spaces and words that say
	 * nothing of which council it is, with "&amp;" read as "and" and "saint" as "st".
	 */
	public static String cleaned(String name) {
		List<String> words = NameWords.of(BRACKETED.matcher(name).replaceAll(" "));
		StringBuilder cleaned = new StringBuilder();
		for (String word : words) {
			if (!NOISE.contains(word)) {
				cleaned.append("saint".equals(word) ? "st" : word);
			}
		}
		return cleaned.isEmpty() ? String.join("", words) : cleaned.toString();
	}

	/**
	 * One minus the edit distance (with swapped neighbours as one edit) over the longer
	 * length.
	 */
	static double score(String a, String b) {
		int longer = Math.max(a.length(), b.length());
		return (longer == 0) ? 0 : 1.0 - (double) distance(a, b) / longer;
	}

	/**
	 * The optimal string alignment distance: insertions, deletions, substitutions, swaps.
	 */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	private static double round(double score) {
		return Math.round(score * 100) / 100.0;
	}

	private record Scored(LocalAuthority council, double score) {

	}

}
