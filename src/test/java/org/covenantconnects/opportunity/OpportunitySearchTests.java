package org.covenantconnects.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.opportunity.internal.OpportunityRepository;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.search.internal.SearchParameters;
import org.covenantconnects.signatory.SignatoryId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searching the published opportunities against the real PostgreSQL. Every opportunity
 * here mentions the made-up town of Quillsby, so each search includes that word and sees
 * only these, whatever else the shared database holds.
 */
@ConnectsTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpportunitySearchTests {

	static final RegionCode NORTH_WEST = new RegionCode("E12000002");

	static final RegionCode YORKSHIRE = new RegionCode("E12000003");

	static final RegionCode LONDON = new RegionCode("E12000007");

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private Opportunities opportunities;

	@Autowired
	private Places places;

	@Autowired
	private OpportunityRepository repository;

	private OpportunityId apprenticeship;

	private OpportunityId qualityInternship;

	private OpportunityId officeInternship;

	private OpportunityId cinemaTickets;

	private OpportunityId expired;

	private LocalAuthorityId yorkshireCouncil;

	private LocalAuthorityId northWestCouncil;

	@BeforeAll
	void someOpportunitiesArePublished() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		Instant now = Instant.now();
		SignatoryId signatory = this.fixtures.organisation("Quillsby Search Test").id();
		this.yorkshireCouncil = councilIn(YORKSHIRE);
		this.northWestCouncil = councilIn(NORTH_WEST);
		this.apprenticeship = this.opportunities.createDemo(signatory,
				details("Bakery apprenticeship in Quillsby", OpportunityType.APPRENTICESHIP,
						Category.EMPLOYMENT_AND_WORK_EXPERIENCE, Outcome.EMPLOYMENT_EDUCATION_TRAINING, Scope.REGIONS,
						List.of(NORTH_WEST), List.of(), today.plusDays(5), InternshipFacts.NONE),
				now.minus(4, ChronoUnit.DAYS));
		this.qualityInternship = this.opportunities.createDemo(signatory,
				details("Digital internship at Quillsby Media", OpportunityType.INTERNSHIP,
						Category.EMPLOYMENT_AND_WORK_EXPERIENCE, Outcome.EMPLOYMENT_EDUCATION_TRAINING, Scope.NATIONAL,
						List.of(), List.of(), today.plusDays(60), new InternshipFacts(true, true, true, true, true)),
				now.minus(3, ChronoUnit.DAYS));
		this.officeInternship = this.opportunities.createDemo(signatory,
				details("Office internship in Quillsby", OpportunityType.INTERNSHIP,
						Category.EMPLOYMENT_AND_WORK_EXPERIENCE, Outcome.EMPLOYMENT_EDUCATION_TRAINING, Scope.COUNCILS,
						List.of(), List.of(this.yorkshireCouncil), null,
						new InternshipFacts(true, true, true, true, false)),
				now.minus(2, ChronoUnit.DAYS));
		this.cinemaTickets = this.opportunities.createDemo(signatory,
				details("Free cinema tickets at Quillsby Picturehouse", OpportunityType.FREE_TICKETS_OR_ACTIVITY,
						Category.LEISURE_AND_LIFESTYLE, Outcome.STABILITY_SAFETY_SECURITY, Scope.REGIONS,
						List.of(LONDON), List.of(), today.plusDays(20), InternshipFacts.NONE),
				now.minus(1, ChronoUnit.DAYS));
		this.expired = this.opportunities.createDemo(signatory,
				details("Expired workshop in Quillsby", OpportunityType.WORKSHOP_OR_EVENT,
						Category.EDUCATION_AND_TRAINING, Outcome.EMPLOYMENT_EDUCATION_TRAINING, Scope.NATIONAL,
						List.of(), List.of(), today.minusDays(1), InternshipFacts.NONE),
				now.minus(9, ChronoUnit.DAYS));
	}

	@Test
	void keywordsFindTheOpportunitiesThatMentionThem() {
		assertThat(ids(search("bakery Quillsby"))).containsExactly(this.apprenticeship);
		assertThat(ids(search("Quillsby"))).containsExactlyInAnyOrder(this.apprenticeship, this.qualityInternship,
				this.officeInternship, this.cinemaTickets);
	}

	@Test
	void keywordsWithATypoStillFindThem() {
		assertThat(ids(search("Quilsby"))).contains(this.apprenticeship, this.qualityInternship, this.officeInternship,
				this.cinemaTickets);
		assertThat(ids(search("Picturhouse"))).contains(this.cinemaTickets);
	}

	@Test
	void anOpportunityPastItsClosingDateIsNotFound() {
		assertThat(ids(search("expired workshop Quillsby"))).doesNotContain(this.expired);
		assertThat(this.opportunities.findPublic(this.expired).orElseThrow().status()).isEqualTo(Status.CLOSED);
	}

	@Test
	void aRegionFindsOpportunitiesInItsCouncilsAndNationalOnes() {
		assertThat(ids(search(criteria().region(YORKSHIRE)))).containsExactlyInAnyOrder(this.qualityInternship,
				this.officeInternship);
		assertThat(ids(search(criteria().region(NORTH_WEST)))).containsExactlyInAnyOrder(this.apprenticeship,
				this.qualityInternship);
	}

	@Test
	void aCouncilFindsItsOwnItsRegionsAndNationalOpportunities() {
		assertThat(ids(search(criteria().council(this.yorkshireCouncil))))
			.containsExactlyInAnyOrder(this.qualityInternship, this.officeInternship);
		assertThat(ids(search(criteria().council(this.northWestCouncil))))
			.containsExactlyInAnyOrder(this.apprenticeship, this.qualityInternship);
	}

	@Test
	void categoryOutcomeAndTypeFilterTheResults() {
		assertThat(ids(search(criteria().category(Category.LEISURE_AND_LIFESTYLE))))
			.containsExactly(this.cinemaTickets);
		assertThat(ids(search(criteria().outcome(Outcome.STABILITY_SAFETY_SECURITY))))
			.containsExactly(this.cinemaTickets);
		assertThat(ids(search(criteria().type(OpportunityType.INTERNSHIP))))
			.containsExactlyInAnyOrder(this.qualityInternship, this.officeInternship);
	}

	@Test
	void nationalOnlyQualityInternshipsAndClosingSoonFilterTheResults() {
		assertThat(ids(search(criteria().nationalOnly()))).containsExactly(this.qualityInternship);
		assertThat(ids(search(criteria().qualityInternship()))).containsExactly(this.qualityInternship);
		assertThat(ids(search(criteria().closingSoon()))).containsExactly(this.apprenticeship);
	}

	@Test
	void resultsAreSortedNewestFirstOrClosingSoonestFirst() {
		assertThat(ids(search(criteria().sort(SearchSort.NEWEST)))).containsExactly(this.cinemaTickets,
				this.officeInternship, this.qualityInternship, this.apprenticeship);
		assertThat(ids(search(criteria().sort(SearchSort.CLOSING)))).containsExactly(this.apprenticeship,
				this.cinemaTickets, this.qualityInternship, this.officeInternship);
	}

	@Test
	void theMostRelevantComeFirst() {
		assertThat(ids(search("Quillsby internship")).subList(0, 2)).containsExactlyInAnyOrder(this.qualityInternship,
				this.officeInternship);
	}

	@Test
	void resultsComeInPagesAndAPagePastTheEndIsEmpty() {
		SearchResults first = search(criteria().sort(SearchSort.NEWEST).page(1, 3));
		assertThat(first.total()).isEqualTo(4);
		assertThat(first.totalPages()).isEqualTo(2);
		assertThat(ids(first)).hasSize(3);
		SearchResults second = search(criteria().sort(SearchSort.NEWEST).page(2, 3));
		assertThat(ids(second)).containsExactly(this.apprenticeship);
		SearchResults past = search(criteria().sort(SearchSort.NEWEST).page(7, 3));
		assertThat(past.items()).isEmpty();
		assertThat(past.isPastTheEnd()).isTrue();
	}

	@Test
	void aSearchAskedAgainSeesWhatWasPublishedAndClosedSinceItWasFirstAnswered() {
		String words = "Zennorby kayaking";
		assertThat(search(words).items()).isEmpty();
		SignatoryId signatory = this.fixtures.organisation("Zennorby Search Test").id();
		OpportunityId kayaking = this.opportunities.createDemo(signatory,
				details("Kayaking taster in Zennorby", OpportunityType.FREE_TICKETS_OR_ACTIVITY,
						Category.LEISURE_AND_LIFESTYLE, Outcome.HEALTH_SUPPORT, Scope.NATIONAL, List.of(), List.of(),
						null, InternshipFacts.NONE),
				Instant.now());
		assertThat(ids(search(words))).containsExactly(kayaking);
		this.opportunities.closeAllOf(signatory);
		assertThat(search(words).items()).isEmpty();
	}

	@Test
	void whatFitsAYoungPersonIsTheSameFromTheCopyInMemoryAsFromTheDatabase() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		Instant hideBefore = Instant.now().minus(java.time.Duration.ofDays(14));
		for (int age : List.of(16, 19, 25, 27)) {
			for (RegionCode region : List.of(NORTH_WEST, YORKSHIRE, LONDON)) {
				for (int page = 1; page <= 3; page++) {
					FitCriteria fit = new FitCriteria(age, region, this.northWestCouncil,
							Set.of(OpportunityType.APPRENTICESHIP, OpportunityType.MENTORING),
							Set.of(Category.LEISURE_AND_LIFESTYLE), page == 2);
					SearchResults fromMemory = this.repository.fitting(fit, page, 7, today, hideBefore);
					SearchResults fromDatabase = this.repository.fittingInDatabase(fit, page, 7, today, hideBefore);
					assertThat(ids(fromMemory)).isEqualTo(ids(fromDatabase));
					if (!fromDatabase.items().isEmpty()) {
						// (Past the last page the query in the database has no row to
						// count on.)
						assertThat(fromMemory.total()).isEqualTo(fromDatabase.total());
					}
				}
			}
		}
	}

	@Test
	void searchesAreTheSameFromTheCopyInMemoryAsFromTheDatabase() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		Instant hideBefore = Instant.now().minus(java.time.Duration.ofDays(14));
		SignatoryId signatory = this.fixtures.organisation("Pellingham Ranking Test").id();
		// Words repeated at different weights and distances, so that covers of several
		// words and their ranks differ from one opportunity to the next.
		List<String> titles = List.of("Pellingham bakery apprenticeship", "Apprenticeship in Pellingham bakery",
				"Pellingham apprenticeship, bakery apprenticeship and more", "Bakery in Pellingham",
				"Pellingham cinema tickets", "Free tickets for the Pellingham cinema and the bakery",
				"Pellingham apprenticeship", "Pellingham apprenticeship");
		for (int i = 0; i < titles.size(); i++) {
			this.opportunities.createDemo(signatory,
					details(titles.get(i),
							(i % 2 == 0) ? OpportunityType.APPRENTICESHIP : OpportunityType.FREE_TICKETS_OR_ACTIVITY,
							(i % 3 == 0) ? Category.LEISURE_AND_LIFESTYLE : Category.EMPLOYMENT_AND_WORK_EXPERIENCE,
							Outcome.EMPLOYMENT_EDUCATION_TRAINING, (i % 2 == 0) ? Scope.NATIONAL : Scope.REGIONS,
							(i % 2 == 0) ? List.of() : List.of(NORTH_WEST), List.of(),
							(i % 4 == 0) ? null : today.plusDays(i), InternshipFacts.NONE),
					Instant.now().minus(i % 3, ChronoUnit.DAYS));
		}
		List<LocalAuthorityId> northWest = this.places.localAuthorities()
			.stream()
			.filter((council) -> council.region().equals(NORTH_WEST))
			.map(LocalAuthority::id)
			.toList();
		int compared = 0;
		for (String words : List.of("Pellingham", "Pellingham bakery", "bakery apprenticeship Pellingham",
				"Pellingham cinema", "pellingham tickets bakery", "Pellingham -cinema", "\"Pellingham bakery\"",
				"Pellingham or Quillsby", "Pellinghm bakry")) {
			for (RegionCode region : java.util.Arrays.asList(null, NORTH_WEST)) {
				for (SearchSort sort : SearchSort.values()) {
					for (int page = 1; page <= 3; page++) {
						SearchCriteria criteria = new SearchCriteria(words, region, null, null, null, null, false,
								false, false, sort, page, 3);
						List<LocalAuthorityId> councils = (region != null) ? northWest : List.of();
						SearchResults fromMemory = this.repository.search(criteria, councils, null, today, hideBefore);
						SearchResults fromDatabase = this.repository.searchInDatabase(criteria, councils, null, today,
								hideBefore);
						assertThat(ids(fromMemory)).as(words + " " + region + " " + sort + " " + page)
							.isEqualTo(ids(fromDatabase));
						assertThat(fromMemory.total()).as(words).isEqualTo(fromDatabase.total());
						compared += fromMemory.items().size();
					}
				}
			}
		}
		assertThat(compared).isGreaterThan(100);
	}

	@Test
	void agesFilterTheSameFromTheCopyInMemoryAsFromTheDatabase() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		Instant hideBefore = Instant.now().minus(java.time.Duration.ofDays(14));
		SignatoryId signatory = this.fixtures.organisation("Tolbury Ages Test").id();
		int[][] ages = { { 16, 25 }, { 18, 21 }, { 21, 30 }, { 16, 18 }, { 25, 25 } };
		List<OpportunityId> made = new java.util.ArrayList<>();
		for (int[] range : ages) {
			OpportunityDetails details = details("Tolbury course for " + range[0] + " to " + range[1],
					OpportunityType.WORKSHOP_OR_EVENT, Category.EDUCATION_AND_TRAINING,
					Outcome.EMPLOYMENT_EDUCATION_TRAINING, Scope.NATIONAL, List.of(), List.of(), null,
					InternshipFacts.NONE);
			made.add(this.opportunities.createDemo(signatory,
					new OpportunityDetails(details.title(), details.summary(), details.description(), details.type(),
							details.category(), details.outcomes(), details.scope(), details.regions(),
							details.councils(), range[0], range[1], null, null, null, null, null, TakeUpRoute.CONNECTS,
							null, null, Barriers.NONE, InternshipFacts.NONE),
					Instant.now()));
		}
		Integer[][] bounds = { { 18, null }, { null, 21 }, { 18, 25 }, { 16, 30 }, { 26, null }, { null, 17 } };
		for (Integer[] bound : bounds) {
			for (String words : java.util.Arrays.asList("Tolbury", null)) {
				SearchCriteria criteria = new SearchCriteria(words, null, null, null, null, null, false, false, false,
						SearchSort.NEWEST, 1, 500)
					.withAges(bound[0], bound[1]);
				SearchResults fromMemory = this.repository.search(criteria, List.of(), null, today, hideBefore);
				SearchResults fromDatabase = this.repository.searchInDatabase(criteria, List.of(), null, today,
						hideBefore);
				assertThat(ids(fromMemory)).as(words + " " + bound[0] + " " + bound[1]).isEqualTo(ids(fromDatabase));
				assertThat(fromMemory.total()).isEqualTo(fromDatabase.total());
				for (OpportunityView found : fromMemory.items()) {
					assertThat(found.details().ageFrom()).isGreaterThanOrEqualTo((bound[0] != null) ? bound[0] : 0);
					assertThat(found.details().ageTo())
						.isLessThanOrEqualTo((bound[1] != null) ? bound[1] : Integer.MAX_VALUE);
				}
			}
		}
		SearchCriteria eighteenToTwentyFive = new SearchCriteria("Tolbury", null, null, null, null, null, false, false,
				false, SearchSort.NEWEST, 1, 50)
			.withAges(18, 25);
		assertThat(ids(this.opportunities.search(eighteenToTwentyFive))).containsExactlyInAnyOrder(made.get(1),
				made.get(4));
	}

	/**
	 * The home page's newest opportunities are answered by PostgreSQL while the copy in
	 * memory is first read as the service starts, and from the copy after: both give the
	 * same five, for someone whose care experience is confirmed and for someone whose is
	 * not.
	 */
	@Test
	void theNewestOpportunitiesAreTheSameFromTheDatabaseAsFromTheCopyInMemory() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		Instant hideBefore = Instant.now().minus(java.time.Duration.ofDays(14));
		SignatoryId signatory = this.fixtures.organisation("Wrenfold Newest Test").id();
		// The newest of the shared database, whatever other tests published before.
		Instant now = Instant.now();
		OpportunityId forEveryone = this.fixtures.publish(signatory,
				Fixtures.opportunity("Wrenfold bakery apprenticeship"), now);
		OpportunityId confirmedOnly = this.fixtures.publish(signatory,
				Fixtures.opportunity("Wrenfold mentoring").forConfirmedOnly(), now.plusMillis(1));
		OpportunityId closed = this.fixtures.publish(signatory,
				Fixtures.opportunity("Wrenfold workshop").closingOn(today.minusDays(1)), now.plusMillis(2));
		SearchCriteria newest = new SearchCriteria(null, null, null, null, null, null, false, false, false,
				SearchSort.NEWEST, 1, 5);
		for (SearchCriteria criteria : List.of(newest, newest.leavingOutConfirmedOnly())) {
			SearchResults fromMemory = this.repository.search(criteria, List.of(), null, today, hideBefore);
			SearchResults fromDatabase = this.repository.searchInDatabase(criteria, List.of(), null, today, hideBefore);
			assertThat(ids(fromMemory)).as("left out: " + criteria.confirmedOnlyLeftOut())
				.hasSize(5)
				.isEqualTo(ids(fromDatabase))
				.contains(forEveryone)
				.doesNotContain(closed);
			assertThat(fromMemory.total()).isEqualTo(fromDatabase.total());
		}
		assertThat(ids(this.repository.searchInDatabase(newest, List.of(), null, today, hideBefore)))
			.contains(confirmedOnly);
		assertThat(ids(
				this.repository.searchInDatabase(newest.leavingOutConfirmedOnly(), List.of(), null, today, hideBefore)))
			.doesNotContain(confirmedOnly);
	}

	@Test
	void aQueryOfSymbolsOnlyIsExplainedNotSearched() {
		SearchParameters parameters = new SearchParameters();
		parameters.setQ("!!! <> $$$");
		SearchParameters.Checked checked = parameters.check(this.places, 20);
		assertThat(checked.isValid()).isFalse();
		assertThat(checked.problems()).extracting(OpportunityDetails.Problem::message)
			.containsExactly("Enter words or numbers to search for, not only symbols");
		// Even if it reached the database, it would find nothing rather than fail.
		assertThat(search("!!! <> $$$").items()).isEmpty();
	}

	@Test
	void unknownRegionsCouncilsAndPageNumbersAreExplained() {
		SearchParameters parameters = new SearchParameters();
		parameters.setRegion("Atlantis");
		parameters.setCouncil("99999");
		parameters.setPage("-3");
		parameters.setType(List.of("SPACESHIP"));
		assertThat(parameters.check(this.places, 20).problems()).extracting(OpportunityDetails.Problem::field)
			.containsExactly("region", "council", "type", "page");
	}

	private LocalAuthorityId councilIn(RegionCode region) {
		return this.places.localAuthorities()
			.stream()
			.filter((council) -> council.region().equals(region))
			.map(LocalAuthority::id)
			.findFirst()
			.orElseThrow();
	}

	static OpportunityDetails details(String title, OpportunityType type, Category category, Outcome outcome,
			Scope scope, List<RegionCode> regions, List<LocalAuthorityId> councils, LocalDate closesOn,
			InternshipFacts facts) {
		return new OpportunityDetails(title, "A summary of " + title, "All about " + title + ".", type, category,
				Set.of(outcome), scope, regions, councils, 16, 25, null, null, null, closesOn, null,
				TakeUpRoute.CONNECTS, null, null, Barriers.NONE, facts);
	}

	private SearchResults search(String keywords) {
		return this.opportunities.search(new SearchCriteria(keywords, null, null, null, null, null, false, false, false,
				SearchSort.RELEVANCE, 1, 50));
	}

	private SearchResults search(Criteria criteria) {
		return this.opportunities.search(criteria.build());
	}

	private static List<OpportunityId> ids(SearchResults results) {
		return results.items().stream().map(OpportunityView::id).toList();
	}

	private static Criteria criteria() {
		return new Criteria();
	}

	/** Builds criteria that always include the word Quillsby. */
	private static final class Criteria {

		private RegionCode region;

		private LocalAuthorityId council;

		private Set<Category> categories = Set.of();

		private Set<Outcome> outcomes = Set.of();

		private Set<OpportunityType> types = Set.of();

		private boolean nationalOnly;

		private boolean quality;

		private boolean closingSoon;

		private SearchSort sort = SearchSort.NEWEST;

		private int page = 1;

		private int size = 50;

		Criteria region(RegionCode region) {
			this.region = region;
			return this;
		}

		Criteria council(LocalAuthorityId council) {
			this.council = council;
			return this;
		}

		Criteria category(Category category) {
			this.categories = Set.of(category);
			return this;
		}

		Criteria outcome(Outcome outcome) {
			this.outcomes = Set.of(outcome);
			return this;
		}

		Criteria type(OpportunityType type) {
			this.types = Set.of(type);
			return this;
		}

		Criteria nationalOnly() {
			this.nationalOnly = true;
			return this;
		}

		Criteria qualityInternship() {
			this.quality = true;
			return this;
		}

		Criteria closingSoon() {
			this.closingSoon = true;
			return this;
		}

		Criteria sort(SearchSort sort) {
			this.sort = sort;
			return this;
		}

		Criteria page(int page, int size) {
			this.page = page;
			this.size = size;
			return this;
		}

		SearchCriteria build() {
			return new SearchCriteria("Quillsby", this.region, this.council, this.categories, this.outcomes, this.types,
					this.nationalOnly, this.quality, this.closingSoon, this.sort, this.page, this.size);
		}

	}

}
