package org.covenantconnects.opportunity.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.covenantconnects.ConnectsTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SimilarWords} finds exactly what pg_trgm's {@code <%} finds, with exactly its
 * {@code word_similarity}, for a seeded sample of texts and searches: texts of everyday
 * words in any case, with digits, punctuation, repeated words and words run together;
 * searches of one or two words, whole, cut short, misspelt (a letter left out, doubled,
 * swapped or changed), of one or two letters, and of symbols only.
 */
@ConnectsTest
class SimilarWordsAgreementTests {

	private static final long SEED = 20261207L;

	private static final List<String> WORDS = List.of("apprenticeship", "internship", "workshop", "grant", "mentoring",
			"discount", "tickets", "training", "course", "traineeship", "home", "support", "experience", "assistant",
			"exemption", "job", "work", "money", "housing", "college", "bakery", "digital", "builders", "energy",
			"rail", "retail", "sports", "studios", "harbour", "riverside", "care", "free", "week", "north", "help",
			"session", "leavers", "a", "an", "of", "in", "2026", "x1", "kitchen", "bake", "baker");

	private static final List<String> SEPARATORS = List.of(" ", " ", " ", ", ", " - ", "'", ". ", " & ", "/");

	@Autowired
	private JdbcClient jdbc;

	@Test
	void findsWhatPostgresqlFindsWithItsSimilarity() {
		Random random = new Random(SEED);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			texts.add(text(random));
		}
		List<String> searches = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			searches.add(search(random));
		}
		searches.addAll(List.of("!!!", "a", "ab", "APPRENTICESHIP", "bakrey kitchn", "x", "12", "aprenticeship"));
		SimilarWords index = SimilarWords.of(texts);
		int found = 0;
		for (String search : searches) {
			Map<Integer, Float> actual = found(index, search);
			assertThat(actual).as(search).isEqualTo(expected(texts, search));
			found += actual.size();
		}
		assertThat(found).isGreaterThan(1_000);
	}

	/** What pg_trgm finds: each text's place and its word similarity. */
	private Map<Integer, Float> expected(List<String> texts, String search) {
		Map<Integer, Float> expected = new HashMap<>();
		this.jdbc
			.sql("select n - 1, word_similarity(:q, t) from unnest(cast(:texts as text[])) with ordinality as x(t, n)"
					+ " where :q <% t")
			.param("q", search)
			.param("texts", texts.toArray(new String[0]))
			.query((rs) -> {
				expected.put(rs.getInt(1), rs.getFloat(2));
			});
		return expected;
	}

	private static Map<Integer, Float> found(SimilarWords index, String search) {
		KeywordIndex.Found answer = index.find(search, (document) -> true);
		Map<Integer, Float> actual = new HashMap<>();
		for (int k = 0; k < answer.count(); k++) {
			actual.put(answer.documents()[k], answer.ranks()[k]);
		}
		return actual;
	}

	@Test
	void readsLettersOutsideAsciiAsPostgresqlReadsThem() {
		List<String> texts = List.of("Café Nero barista apprenticeship", "CAFÉ KITCHEN – children’s café",
				"Crème brûlée baking course", "Naïve art workshop £50 ★ free", "Straße Ærø øre œuvre",
				"Caféteria cafe caf", "“Quoted” words … and ¹²³ numbers", "Ｆｕｌｌ width ｗｏｒｋｓｈｏｐ");
		SimilarWords index = SimilarWords.of(texts);
		int found = 0;
		for (String search : List.of("cafe", "caf", "cafeteria", "creme brulee", "brulee", "naive", "art workshop",
				"strasse", "aero", "oeuvre", "quoted words", "numbers", "workshop", "full width", "children s cafe")) {
			Map<Integer, Float> actual = found(index, search);
			assertThat(actual).as(search).isEqualTo(expected(texts, search));
			found += actual.size();
		}
		assertThat(found).isGreaterThan(5);
	}

	@Test
	void leavesOutWhatIsNotAccepted() {
		SimilarWords index = SimilarWords.of(List.of("Bakery apprenticeship", "Harbour bakery", "Rail tickets"));
		KeywordIndex.Found answer = index.find("bakerry", (document) -> document != 0);
		assertThat(answer.count()).isEqualTo(1);
		assertThat(answer.documents()[0]).isEqualTo(1);
	}

	private static String text(Random random) {
		StringBuilder text = new StringBuilder();
		int words = 1 + random.nextInt(25);
		for (int w = 0; w < words; w++) {
			if (w > 0) {
				text.append(random.nextInt(10) == 0 ? "" : SEPARATORS.get(random.nextInt(SEPARATORS.size())));
			}
			String word = WORDS.get(random.nextInt(WORDS.size()));
			if (random.nextInt(8) == 0) {
				word = misspelt(word, random);
			}
			text.append((random.nextInt(4) == 0) ? word.toUpperCase() : word);
		}
		return text.toString();
	}

	private static String search(Random random) {
		String first = WORDS.get(random.nextInt(WORDS.size()));
		String search = switch (random.nextInt(5)) {
			case 0 -> first;
			case 1 -> misspelt(first, random);
			case 2 -> first.substring(0, Math.max(1, first.length() / 2));
			case 3 -> misspelt(first, random) + " " + WORDS.get(random.nextInt(WORDS.size()));
			default -> first + " " + misspelt(WORDS.get(random.nextInt(WORDS.size())), random);
		};
		return (random.nextInt(5) == 0) ? search.toUpperCase() : search;
	}

	private static String misspelt(String word, Random random) {
		if (word.length() < 3) {
			return word + "e";
		}
		int at = 1 + random.nextInt(word.length() - 2);
		return switch (random.nextInt(4)) {
			case 0 -> word.substring(0, at) + word.substring(at + 1);
			case 1 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
			case 2 -> word.substring(0, at - 1) + word.charAt(at) + word.charAt(at - 1) + word.substring(at + 1);
			default -> word.substring(0, at) + (char) ('a' + random.nextInt(26)) + word.substring(at + 1);
		};
	}

}
