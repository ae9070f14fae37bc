package org.covenantconnects.impact;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.Outcome;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.CsvCells;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covenantconnects.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Where opportunities are missing, against opportunities and care leavers counted by
 * hand. Each test runs in a transaction that is rolled back: it closes every opportunity
 * the other tests left open, so that only its own are open, and puts its care leavers in
 * councils that have none. In one region, councils A, B and C; in another, council D:
 * <ul>
 * <li>A has 3 care leavers, B 2, C none and D 4;</li>
 * <li>open: one for all England (employment, towards employment, education and training),
 * one for the first region (health, towards health support), and one for council A
 * (health, towards health support and financial stability);</li>
 * <li>not open: one closed, one past its closing date, one still a draft and one taken
 * down, each for all England.</li>
 * </ul>
 * So A has 3 open (1 per care leaver), B and C 2, and D 1 (0.25 per care leaver); in
 * health, D has care leavers and none open.
 */
@ConnectsTest
@AutoConfigureMockMvc
@Transactional
class OpportunityCoverageTests {

	@Autowired
	private OpportunityCoverage coverage;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Places places;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private MockMvc mvc;

	private RegionCode first;

	private RegionCode second;

	private LocalAuthority a;

	private LocalAuthority b;

	private LocalAuthority c;

	private LocalAuthority d;

	@BeforeEach
	void onlyTheseOpportunitiesAreOpen() {
		this.jdbc.sql("update opportunity set status = 'CLOSED' where status = 'PUBLISHED'").update();
		List<Integer> withCareLeavers = this.jdbc.sql("select distinct local_authority_id from care_leaver")
			.query(Integer.class)
			.list();
		Map<RegionCode, List<LocalAuthority>> free = this.places.localAuthorities()
			.stream()
			.filter((council) -> !withCareLeavers.contains(council.id().value()))
			.collect(Collectors.groupingBy(LocalAuthority::region));
		this.first = free.keySet()
			.stream()
			.filter((region) -> free.get(region).size() >= 3)
			.sorted((x, y) -> x.value().compareTo(y.value()))
			.findFirst()
			.orElseThrow();
		this.second = free.keySet()
			.stream()
			.filter((region) -> !region.equals(this.first))
			.sorted((x, y) -> x.value().compareTo(y.value()))
			.findFirst()
			.orElseThrow();
		this.a = free.get(this.first).get(0);
		this.b = free.get(this.first).get(1);
		this.c = free.get(this.first).get(2);
		this.d = free.get(this.second).get(0);
		careLeavers(this.a, 3);
		careLeavers(this.b, 2);
		careLeavers(this.d, 4);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		opportunity("NATIONAL", "{}", "{}", "EMPLOYMENT_AND_WORK_EXPERIENCE", "{EMPLOYMENT_EDUCATION_TRAINING}",
				"PUBLISHED", today.plusDays(10));
		opportunity("REGIONS", "{" + this.first.value() + "}", "{}", "HEALTH_AND_WELLBEING", "{HEALTH_SUPPORT}",
				"PUBLISHED", null);
		opportunity("COUNCILS", "{}", "{" + this.a.id().value() + "}", "HEALTH_AND_WELLBEING",
				"{HEALTH_SUPPORT,FINANCIAL_STABILITY}", "PUBLISHED", today);
		opportunity("NATIONAL", "{}", "{}", "HEALTH_AND_WELLBEING", "{HEALTH_SUPPORT}", "CLOSED", null);
		opportunity("NATIONAL", "{}", "{}", "HEALTH_AND_WELLBEING", "{HEALTH_SUPPORT}", "PUBLISHED",
				today.minusDays(1));
		opportunity("NATIONAL", "{}", "{}", "HEALTH_AND_WELLBEING", "{HEALTH_SUPPORT}", "DRAFT", null);
		this.jdbc.sql("""
				update opportunity set status = 'TAKEN_DOWN', taken_down_from = 'PUBLISHED', taken_down_at = now()
				where id = :id
				""")
			.param("id",
					opportunity("NATIONAL", "{}", "{}", "HEALTH_AND_WELLBEING", "{HEALTH_SUPPORT}", "PUBLISHED", null))
			.update();
	}

	@Test
	void eachCouncilCountsWhatIsOpenToItsYoungPeopleAndTheLeastServedComeFirst() {
		OpportunityCoverage.Coverage england = this.coverage.of(null, null, null);
		assertThat(row(england, this.a)).extracting("careLeavers", "open").containsExactly(3L, 3L);
		assertThat(row(england, this.a).perCareLeaverShown()).isEqualTo("1.00");
		assertThat(row(england, this.b)).extracting("careLeavers", "open").containsExactly(2L, 2L);
		assertThat(row(england, this.c)).extracting("careLeavers", "open").containsExactly(0L, 2L);
		assertThat(row(england, this.c).perCareLeaverShown()).isEqualTo("No care leavers on Connects");
		assertThat(row(england, this.d)).extracting("careLeavers", "open").containsExactly(4L, 1L);
		assertThat(row(england, this.d).perCareLeaverShown()).isEqualTo("0.25");
		assertThat(row(england, this.d).perCareLeaver()).isEqualByComparingTo("0.25");
		// Every council is listed, those without care leavers last
		assertThat(england.councils()).hasSize(this.places.localAuthorities().size());
		assertLeastServedFirst(england.councils());
		assertThat(england.councils().indexOf(row(england, this.d)))
			.isLessThan(england.councils().indexOf(row(england, this.a)));
		assertThat(england.open()).isEqualTo(3);

		// In health, D has care leavers and nothing open: at the top with the others
		// like it
		OpportunityCoverage.Coverage health = this.coverage.of(null, Category.HEALTH_AND_WELLBEING, null);
		assertThat(row(health, this.d)).extracting("careLeavers", "open").containsExactly(4L, 0L);
		assertThat(row(health, this.d).noneOpen()).isTrue();
		assertThat(row(health, this.d).perCareLeaverShown()).isEqualTo("0");
		assertThat(row(health, this.a).open()).isEqualTo(2);
		assertThat(row(health, this.b).open()).isEqualTo(1);
		assertThat(health.councilsWithNone()).isPositive();
		assertThat(health.councils().subList(0, (int) health.councilsWithNone()))
			.allMatch(OpportunityCoverage.Row::noneOpen);
		assertLeastServedFirst(health.councils());
		assertThat(health.open()).isEqualTo(2);

		// Towards financial stability, only A's own
		OpportunityCoverage.Coverage money = this.coverage.of(null, null, Outcome.FINANCIAL_STABILITY);
		assertThat(row(money, this.a).open()).isEqualTo(1);
		assertThat(row(money, this.b).open()).isZero();
		assertThat(row(money, this.b).noneOpen()).isTrue();
	}

	@Test
	void aRegionListsItsCouncilsAndCountsByCategoryAndOutcomeWhatIsOpenThere() {
		OpportunityCoverage.Coverage region = this.coverage.of(this.first, null, null);
		assertThat(region.councils()).extracting(OpportunityCoverage.Row::name)
			.containsExactlyInAnyOrderElementsOf(this.places.localAuthorities()
				.stream()
				.filter((council) -> council.region().equals(this.first))
				.map(LocalAuthority::name)
				.toList());
		long careLeaversThere = this.jdbc.sql("select count(*) from care_leaver where local_authority_id = any(:ids)")
			.param("ids", region(this.first))
			.query(Long.class)
			.single();
		assertThat(region.careLeavers()).isEqualTo(careLeaversThere);
		// The region's own opportunity and A's count there, as the search's region rule
		assertThat(region.open()).isEqualTo(3);
		assertThat(counts(region.categories())).containsEntry("Employment and work experience", 1L)
			.containsEntry("Health and wellbeing", 2L)
			.containsEntry("Leisure and lifestyle", 0L);
		assertThat(region.categories().get(region.categories().size() - 1).name()).isEqualTo("Health and wellbeing");
		assertThat(region.categories().get(0).open()).isZero();
		assertThat(counts(region.outcomes())).containsEntry("Access to employment, education and training", 1L)
			.containsEntry("Access to health support", 2L)
			.containsEntry("Financial stability", 1L)
			.containsEntry("Prepared to live independently", 0L);

		// In the second region only the opportunity for all England is open
		OpportunityCoverage.Coverage other = this.coverage.of(this.second, null, null);
		assertThat(other.open()).isEqualTo(1);
		assertThat(counts(other.categories())).containsEntry("Health and wellbeing", 0L)
			.containsEntry("Employment and work experience", 1L);
		assertThat(row(other, this.d).open()).isEqualTo(1);

		// The outcomes of health opportunities only, in the first region
		OpportunityCoverage.Coverage health = this.coverage.of(this.first, Category.HEALTH_AND_WELLBEING, null);
		assertThat(counts(health.outcomes())).containsEntry("Access to employment, education and training", 0L)
			.containsEntry("Access to health support", 2L);
		assertThat(health.open()).isEqualTo(2);
	}

	@Test
	void theTeamReadsThePageAndCoordinatorsDownloadTheSameTable() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		this.mvc
			.perform(get("/coordinator/impact/coverage").param("category", "HEALTH_AND_WELLBEING")
				.param("region", "nowhere")
				.with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Where opportunities are missing")))
			.andExpect(content().string(containsString("None open")))
			.andExpect(content().string(containsString("in Health and wellbeing open to young people there")))
			.andExpect(content().string(containsString(
					"href=\"/coordinator/impact/coverage/csv?region=&amp;category=HEALTH_AND_WELLBEING&amp;outcome=\"")));
		String csv = this.mvc
			.perform(get("/coordinator/impact/coverage/csv").param("category", "HEALTH_AND_WELLBEING")
				.with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					containsString("opportunity-coverage-england-health-and-wellbeing.csv")))
			.andExpect(content().string(startsWith(
					"Council,Region,Care leavers on Connects,Open opportunities,Open opportunities per care leaver\r\n")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).contains("\r\n" + csvRow(this.d, "4,0,0.00"))
			.contains("\r\n" + csvRow(this.a, "3,2,0.67"))
			.contains("\r\n" + csvRow(this.c, "0,1,"));
		assertThat(csv.split("\r\n")).hasSize(this.places.localAuthorities().size() + 1);

		// Administrators read the page, without the download
		this.mvc.perform(get("/coordinator/impact/coverage").with(as(this.fixtures.staff(Role.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/coordinator/impact/coverage/csv"))));
		// The dashboard links to it
		this.mvc.perform(get("/coordinator/impact").with(as(coordinator)))
			.andExpect(content().string(containsString("href=\"/coordinator/impact/coverage?region=\"")));
	}

	private static void assertLeastServedFirst(List<OpportunityCoverage.Row> rows) {
		for (int i = 1; i < rows.size(); i++) {
			OpportunityCoverage.Row before = rows.get(i - 1);
			OpportunityCoverage.Row after = rows.get(i);
			if (after.careLeavers() > 0) {
				assertThat(before.careLeavers()).as(before.name()).isPositive();
				assertThat(before.open() * after.careLeavers()).as(before.name() + " before " + after.name())
					.isLessThanOrEqualTo(after.open() * before.careLeavers());
			}
		}
	}

	private static OpportunityCoverage.Row row(OpportunityCoverage.Coverage coverage, LocalAuthority council) {
		return coverage.councils()
			.stream()
			.filter((row) -> row.name().equals(council.name()))
			.findFirst()
			.orElseThrow();
	}

	private static Map<String, Long> counts(List<OpportunityCoverage.Row> rows) {
		return rows.stream().collect(Collectors.toMap(OpportunityCoverage.Row::name, OpportunityCoverage.Row::open));
	}

	private String csvRow(LocalAuthority council, String figures) {
		return CsvCells.cell(council.name()) + ","
				+ CsvCells.cell(this.places.region(council.region()).orElseThrow().name()) + "," + figures + "\r\n";
	}

	private Integer[] region(RegionCode region) {
		return this.places.localAuthorities()
			.stream()
			.filter((council) -> council.region().equals(region))
			.map((council) -> council.id().value())
			.toArray(Integer[]::new);
	}

	private void careLeavers(LocalAuthority council, int how) {
		for (int i = 0; i < how; i++) {
			this.jdbc.sql("""
					insert into care_leaver (account_id, full_name, date_of_birth, local_authority_id, region_code,
					  situation, privacy_notice_accepted_at, created_at, updated_at)
					values (:id, 'Counted Person', date '2004-01-01', :council, :region, 'NONE', now(), now(), now())
					""")
				.param("id", UUID.randomUUID())
				.param("council", council.id().value())
				.param("region", council.region().value())
				.update();
		}
	}

	private UUID opportunity(String scope, String regions, String councils, String category, String outcomes,
			String status, LocalDate closesOn) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into opportunity (id, signatory_id, organisation_name, title, summary, description, type, category,
					  outcomes, scope, regions, councils, age_from, age_to, take_up, status, closes_on, created_at,
					  published_at, confirmed_at)
					values (:id, :signatory, 'Coverage Ltd', 'Counted', 'Counted', 'Counted', 'OTHER', :category,
					  cast(:outcomes as text[]), :scope, cast(:regions as varchar(9)[]), cast(:councils as integer[]), 16, 25,
					  'CONNECTS', :status, :closesOn, now(), case when :status = 'DRAFT' then null else now() end, now())
					""")
			.param("id", id)
			.param("signatory", UUID.randomUUID())
			.param("category", category)
			.param("outcomes", outcomes)
			.param("scope", scope)
			.param("regions", regions)
			.param("councils", councils)
			.param("status", status)
			.param("closesOn", closesOn)
			.update();
		return id;
	}

}
