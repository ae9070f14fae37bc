package org.covenantconnects.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.covenantconnects.ConnectsTest;
import org.covenantconnects.generator.SmallGeneratedData;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.Outcome;
import org.covenantconnects.opportunity.SearchSort;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The same searches find the same opportunities in the same order: a few hundred searches
 * made from a seed (a keyword, two keywords, a misspelt keyword or none; a region or a
 * council; categories, outcomes, types and the {@code only} options; every order; pages 1
 * and 2) are asked of the partners' API over a data set the generator makes from a seed,
 * and each page's ids, in order, and the totals are compared with those recorded in
 * {@value #GOLDEN}. It guards a faster search against changing what people find.
 * <p>
 * The data is generated inside the test's transaction, which is rolled back, so the other
 * tests never see it; the searches run in that transaction (nothing is kept between them,
 * {@code connects.search.results-kept-for=0}), so whatever answers them must read what
 * the transaction sees. Today is fixed, so the same opportunities are open on any day the
 * test runs. The context is closed after the test, so its fixed clock runs no scheduled
 * work for other tests. The copy of the published opportunities searches are answered
 * from (ADR 046) is read on the first search, in the test's transaction, not in the
 * background as the service starts; the count of changes in the database, which would
 * make it read again from what is committed, is not looked at during the test.
 * <p>
 * Rewriting the file, only when the ranking is meant to change (and saying why in the
 * commit):
 * {@code ./mvnw -o test -Dtest=SearchResultsGoldenTests -Dconnects.search.golden.write=true}.
 * Never rewrite it to make a faster search pass.
 */
@ConnectsTest
@AutoConfigureMockMvc
@Transactional
@TestPropertySource(properties = { "connects.search.results-kept-for=0", "connects.search.changes-checked-every=1h",
		"connects.search.changes-checked-before-answering-after=1h", "connects.search.read-at-start=false" })
@DirtiesContext
class SearchResultsGoldenTests {

	static final String GOLDEN = "src/test/resources/search/golden-results.txt";

	private static final long SEED = 18;

	private static final int OPPORTUNITIES = 4_000;

	private static final int SEARCHES = 300;

	/** Today for these searches: some closing dates have passed, some are close. */
	static final Instant TODAY = Instant.parse("2027-01-10T10:00:00Z");

	/** Words from the generated opportunities' titles, summaries and organisations. */
	private static final List<String> WORDS = List.of("apprenticeship", "internship", "workshop", "grant", "mentoring",
			"discount", "tickets", "training", "course", "traineeship", "home", "support", "experience", "assistant",
			"exemption", "bakery", "digital", "harbour", "riverside", "care", "finish", "session");

	/** Two words that are found together. */
	private static final List<String> TWO_WORDS = List.of("work experience", "training course", "free tickets",
			"starter home", "apprenticeship bakery", "digital internship", "mentoring programme", "support session",
			"grant care", "oak discount");

	/** Misspelt, so that only the forgiving comparison finds them. */
	private static final List<String> MISSPELT = List.of("aprenticeship", "internshp", "mentorng", "trainee ship",
			"bakrey", "workshp", "discout", "harbor");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ConfigurableApplicationContext context;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theSameSearchesFindTheSameOpportunitiesInTheSameOrder() throws Exception {
		SmallGeneratedData.fill(this.context, SEED, OPPORTUNITIES);
		// Ids are shortened to their first 8 characters; no two of this data set share
		// them.
		assertThat(this.jdbc.sql("select count(distinct left(id::text, 8)) = count(*) from opportunity")
			.query(Boolean.class)
			.single()).isTrue();
		// Statistics of what this transaction wrote, so that the searches are planned as
		// they are on a loaded database.
		this.jdbc.sql("analyze opportunity, signatory").update();
		List<String> found = new ArrayList<>();
		for (String query : searches()) {
			String json = this.mvc.perform(get("/api/opportunities" + query))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			List<String> ids = JsonPath.read(json, "$.items[*].id");
			found.add(query + " | total " + JsonPath.read(json, "$.totalItems") + ", pages "
					+ JsonPath.read(json, "$.totalPages") + " | "
					+ ids.stream().map((id) -> id.substring(0, 8)).collect(Collectors.joining(" ")));
		}
		Path golden = Path.of(GOLDEN);
		if (Boolean.getBoolean("connects.search.golden.write")) {
			Files.write(golden, found, StandardCharsets.UTF_8);
			return;
		}
		compare(Files.readAllLines(golden, StandardCharsets.UTF_8), found);
		assertThat(found.stream().filter((line) -> line.contains("| total 0,")).count())
			.as("most searches find something")
			.isLessThan(SEARCHES / 3);
	}

	private static void compare(List<String> expected, List<String> found) throws IOException {
		assertThat(found).as("searches").hasSize(expected.size());
		List<String> differences = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			if (!found.get(i).equals(expected.get(i))) {
				differences.add("recorded: " + expected.get(i) + "\n   found: " + found.get(i));
			}
		}
		if (!differences.isEmpty()) {
			fail(differences.size() + " of " + found.size() + " searches found something else than recorded in "
					+ GOLDEN + "; the first:\n"
					+ String.join("\n", differences.subList(0, Math.min(8, differences.size()))));
		}
	}

	/**
	 * The searches, as query strings, made from a seed; the same every time (the sequence
	 * of {@link Random} is fixed by its specification).
	 */
	static List<String> searches() {
		Random random = new Random(SEED);
		List<String> searches = new ArrayList<>();
		// The README's search, and the forgiving comparison's simplest case.
		searches.add("?q=apprenticeship&region=E12000002&category=EMPLOYMENT_AND_WORK_EXPERIENCE");
		searches.add("?q=aprenticeship");
		while (searches.size() < SEARCHES) {
			UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
			double words = random.nextDouble();
			if (words < 0.45) {
				uri.queryParam("q", pick(random, WORDS));
			}
			else if (words < 0.6) {
				uri.queryParam("q", pick(random, TWO_WORDS));
			}
			else if (words < 0.7) {
				uri.queryParam("q", pick(random, MISSPELT));
			}
			double place = random.nextDouble();
			if (place < 0.45) {
				uri.queryParam("region", "E1200000" + (1 + random.nextInt(9)));
			}
			else if (place < 0.55) {
				uri.queryParam("council", 1 + random.nextInt(153));
			}
			if (random.nextDouble() < 0.3) {
				uri.queryParam("category", pick(random, List.of(Category.values())).name());
				if (random.nextDouble() < 0.2) {
					uri.queryParam("category", pick(random, List.of(Category.values())).name());
				}
			}
			if (random.nextDouble() < 0.1) {
				uri.queryParam("outcome", pick(random, List.of(Outcome.values())).name());
			}
			if (random.nextDouble() < 0.1) {
				uri.queryParam("type", pick(random, List.of(OpportunityType.values())).name());
			}
			double only = random.nextDouble();
			if (only < 0.08) {
				uri.queryParam("only", "national");
			}
			else if (only < 0.14) {
				uri.queryParam("only", "quality-internship");
			}
			else if (only < 0.22) {
				uri.queryParam("only", "closing-soon");
			}
			int sort = random.nextInt(SearchSort.values().length + 1);
			if (sort < SearchSort.values().length) {
				uri.queryParam("sort", SearchSort.values()[sort].name());
			}
			if (random.nextDouble() < 0.3) {
				uri.queryParam("page", 2);
			}
			String query = uri.encode().build().getQuery();
			searches.add((query != null) ? "?" + query : "");
		}
		return searches;
	}

	private static <T> T pick(Random random, List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedToday {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(TODAY, ZoneOffset.UTC);
		}

	}

}
