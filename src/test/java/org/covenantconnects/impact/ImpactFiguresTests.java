package org.covenantconnects.impact;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covenantconnects.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every goal's and KPI's definition against records counted by hand, in the fiscal year
 * April 2021 to March 2022, which no other test's records fall in: the figures as of 30
 * June 2021 and of the year's end, in all England and in the South West, and the figures
 * of 30 June unchanged by the records added after it. Then the targets page.
 */
@ConnectsTest
@AutoConfigureMockMvc
class ImpactFiguresTests {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private static final FiscalYear YEAR = new FiscalYear(2021);

	private static final LocalDate JUNE_END = LocalDate.of(2021, 6, 30);

	private static final LocalDate YEAR_END = LocalDate.of(2022, 3, 31);

	private static final RegionCode SOUTH_WEST = Fixtures.SOUTH_WEST;

	private static final RegionCode LONDON = Fixtures.LONDON;

	private static final LocalAuthorityId PLYMOUTH_AREA = new LocalAuthorityId(140);

	@Autowired
	private ImpactFigures figures;

	@Autowired
	private EmbeddedCounts embedded;

	@Autowired
	private Targets targets;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private MockMvc mvc;

	@Test
	void everyFigureIsCountedAsOfTheEndOfTheDayAndAPastDayStaysAsItWas() {
		Map<Measure, Long> englandBefore = figuresOf(JUNE_END, null);
		Map<Measure, Long> southWestBefore = figuresOf(JUNE_END, SOUTH_WEST);
		Map<Measure, Long> yearEndBefore = figuresOf(YEAR_END, null);
		List<Integer> freeCouncils = this.jdbc.sql("""
				select id from local_authority l where not exists (
				  select 1 from council_partnership p where p.local_authority_id = l.id) order by id limit 2
				""").query(Integer.class).list();

		// Records of the year up to 30 June (and one care leaver and one organisation
		// from before it)
		UUID before = careLeaver("2021-03-15T10:00:00Z", SOUTH_WEST);
		UUID may = careLeaver("2021-05-10T10:00:00Z", SOUTH_WEST);
		UUID londoner = careLeaver("2021-05-20T10:00:00Z", LONDON);
		signatory("2021-04-20", "SIGNED", null, false, SOUTH_WEST);
		signatory("2021-05-05", "LAPSED", "2021-08-01T09:00:00Z", true, null);
		signatory("2020-12-01", "SIGNED", null, false, LONDON);
		signatory(null, "INTERESTED", null, true, null);
		Fixtures.Organisation organisation = this.fixtures.organisation("Impact Ltd");
		this.fixtures.publish(organisation.id(), Fixtures.opportunity("Impact June"),
				OffsetDateTime.parse("2021-06-10T09:00:00Z").toInstant());
		adviser("2021-05-01T09:00:00Z", Fixtures.MANCHESTER, "VERIFIED");
		adviser("2021-05-02T09:00:00Z", Fixtures.CAMDEN, "PENDING");
		partner(freeCouncils.get(0), "2020-01-01");
		takeUp(may, OpportunityType.FREE_TICKETS_OR_ACTIVITY, SOUTH_WEST, "CLAIMED", "2021-05-15T12:00:00Z");
		takeUp(may, OpportunityType.FREE_TICKETS_OR_ACTIVITY, SOUTH_WEST, "STARTED", "2021-06-01T12:00:00Z");
		takeUp(londoner, OpportunityType.FREE_TICKETS_OR_ACTIVITY, LONDON, "APPLIED", "2021-06-02T12:00:00Z");
		UUID early = takeUp(before, OpportunityType.FREE_TICKETS_OR_ACTIVITY, SOUTH_WEST, "STARTED",
				"2021-03-20T12:00:00Z");
		event(early, "COMPLETED", "2021-05-01T12:00:00Z");
		takeUp(may, OpportunityType.JOB, SOUTH_WEST, "STARTED", "2021-06-15T12:00:00Z");
		takeUp(londoner, OpportunityType.APPRENTICESHIP, LONDON, "STARTED", "2021-06-29T22:30:00Z");
		this.embedded.keep(LocalDate.of(2021, 5, 31), null, new EmbeddedCounts.Counted(3, 4));
		this.embedded.keep(LocalDate.of(2021, 5, 31), SOUTH_WEST, new EmbeddedCounts.Counted(1, 1));

		Map<Measure, Long> june = figuresOf(JUNE_END, null);
		Map<Measure, Long> expected = new EnumMap<>(Measure.class);
		expected.put(Measure.SIGNATORIES, 3L);
		expected.put(Measure.NEW_SIGNATORIES, 2L);
		expected.put(Measure.CARE_LEAVERS_REGISTERED, 3L);
		expected.put(Measure.OPPORTUNITIES_PUBLISHED, 1L);
		expected.put(Measure.ADVISERS_ON_CONNECTS, 1L);
		expected.put(Measure.COUNCILS_PARTNERED, 1L);
		expected.put(Measure.LEISURE_TAKEN_UP, 2L);
		expected.put(Measure.EMPLOYMENT_TAKEN_UP, 2L);
		for (Measure measure : expected.keySet()) {
			assertThat(june.get(measure) - englandBefore.get(measure)).as(measure.name())
				.isEqualTo(expected.get(measure));
		}
		assertThat(june.get(Measure.COUNCILS_EMBEDDED)).isEqualTo(3);
		assertThat(june.get(Measure.INSTITUTIONS_EMBEDDED)).isEqualTo(4);
		ImpactFigures.Figure leisure = this.figures.asOf(YEAR, JUNE_END, SOUTH_WEST).of(Measure.LEISURE_TAKEN_UP);
		assertThat(leisure.note()).isEqualTo("by 1 young person");
		// Month by month: the registrations of May count from the end of May
		ImpactFigures.Figure registered = this.figures.asOf(YEAR, JUNE_END, Area.ENGLAND)
			.of(Measure.CARE_LEAVERS_REGISTERED);
		assertThat(registered.months().get(1).figure() - registered.months().get(0).figure()).isEqualTo(2);
		assertThat(registered.months().get(3).figure()).isNull();

		// In the South West: organisations there or national, its care leavers, its
		// councils' advisers (Manchester's is not), and take-ups of those living there
		Map<Measure, Long> southWest = figuresOf(JUNE_END, SOUTH_WEST);
		assertThat(southWest.get(Measure.SIGNATORIES) - southWestBefore.get(Measure.SIGNATORIES)).isEqualTo(2);
		assertThat(
				southWest.get(Measure.CARE_LEAVERS_REGISTERED) - southWestBefore.get(Measure.CARE_LEAVERS_REGISTERED))
			.isEqualTo(2);
		assertThat(southWest.get(Measure.ADVISERS_ON_CONNECTS))
			.isEqualTo(southWestBefore.get(Measure.ADVISERS_ON_CONNECTS));
		assertThat(southWest.get(Measure.LEISURE_TAKEN_UP) - southWestBefore.get(Measure.LEISURE_TAKEN_UP))
			.isEqualTo(2);
		assertThat(southWest.get(Measure.EMPLOYMENT_TAKEN_UP) - southWestBefore.get(Measure.EMPLOYMENT_TAKEN_UP))
			.isEqualTo(1);
		assertThat(southWest.get(Measure.COUNCILS_EMBEDDED)).isEqualTo(1);

		// Records after 30 June leave its figures as they were
		UUID autumn = careLeaver("2021-09-01T10:00:00Z", SOUTH_WEST);
		this.fixtures.publish(organisation.id(), Fixtures.opportunity("Impact October"),
				OffsetDateTime.parse("2021-10-10T09:00:00Z").toInstant());
		adviser("2021-11-01T09:00:00Z", Fixtures.CAMDEN, "VERIFIED");
		partner(freeCouncils.get(1), "2021-07-01");
		signatory("2021-07-02", "SIGNED", null, false, LONDON);
		takeUp(autumn, OpportunityType.TRAINEESHIP, SOUTH_WEST, "STARTED", "2021-10-01T12:00:00Z");
		takeUp(may, OpportunityType.WORK_EXPERIENCE, SOUTH_WEST, "STARTED", "2021-07-01T00:30:00+01:00");
		takeUp(londoner, OpportunityType.FREE_TICKETS_OR_ACTIVITY, LONDON, "CLAIMED", "2021-12-24T12:00:00Z");
		this.embedded.keep(LocalDate.of(2021, 9, 30), null, new EmbeddedCounts.Counted(5, 6));
		assertThat(figuresOf(JUNE_END, null)).isEqualTo(june);

		Map<Measure, Long> yearEnd = figuresOf(YEAR_END, null);
		expected.put(Measure.SIGNATORIES, 3L);
		expected.put(Measure.NEW_SIGNATORIES, 3L);
		expected.put(Measure.CARE_LEAVERS_REGISTERED, 4L);
		expected.put(Measure.OPPORTUNITIES_PUBLISHED, 2L);
		expected.put(Measure.ADVISERS_ON_CONNECTS, 2L);
		expected.put(Measure.COUNCILS_PARTNERED, 2L);
		expected.put(Measure.LEISURE_TAKEN_UP, 3L);
		expected.put(Measure.EMPLOYMENT_TAKEN_UP, 3L);
		for (Measure measure : expected.keySet()) {
			assertThat(yearEnd.get(measure) - yearEndBefore.get(measure)).as(measure.name())
				.isEqualTo(expected.get(measure));
		}
		assertThat(yearEnd.get(Measure.COUNCILS_EMBEDDED)).isEqualTo(5);
		this.jdbc.sql("delete from council_partnership where local_authority_id in (:a, :b)")
			.param("a", freeCouncils.get(0))
			.param("b", freeCouncils.get(1))
			.update();
	}

	@Test
	void theTrajectoryClimbsEvenlyAndTheStatusFollowsTheRuleOnThePage() {
		assertThat(YEAR.elapsedBy(LocalDate.of(2021, 3, 31))).isZero();
		assertThat(YEAR.elapsedBy(YEAR_END)).isEqualTo(1.0);
		assertThat(YEAR.elapsedBy(LocalDate.of(2021, 9, 30))).isEqualTo(183.0 / 365);
		// A count of the year climbs from nothing; a total from where it began
		assertThat(ImpactFigures.expected(0, 250, 0.5)).isEqualTo(125);
		assertThat(ImpactFigures.expected(100, 300, 0.5)).isEqualTo(200);
		assertThat(ImpactFigures.expected(400, 300, 0.5)).isEqualTo(300);
		assertThat(Status.of(125L, 125)).isEqualTo(Status.GREEN);
		assertThat(Status.of(113L, 125)).isEqualTo(Status.AMBER);
		assertThat(Status.of(112L, 125)).isEqualTo(Status.RED);
		assertThat(Status.of(0L, 0)).isEqualTo(Status.GREEN);
		assertThat(Status.of(null, 10)).isEqualTo(Status.NOT_RECORDED);
		assertThat(Status.RULE).contains("90%");
	}

	@Test
	void anAdministratorSetsAYearsTargetsAndTheFormSaysWhatIsWrong() throws Exception {
		CurrentUser admin = this.fixtures.staff(Role.ADMIN);
		this.mvc.perform(get("/admin/impact-targets?year=2022").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"250\"")));
		this.mvc
			.perform(targetsFor(admin,
					Map.of("signatories", "", "careLeaversRegistered", "lots", "newSignatories", "99999999")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter a target for signatories")))
			.andExpect(
					content().string(containsString("The target for care leavers registered must be a whole number")))
			.andExpect(content().string(containsString("The target for new signatories must be 10,000,000 or fewer")))
			.andExpect(content().string(containsString("value=\"lots\"")))
			.andExpect(content().string(containsString("<title>Error: Impact targets")));
		assertThat(this.targets.of(new FiscalYear(2022)).get(Measure.SIGNATORIES)).isEqualTo(250);

		this.mvc.perform(targetsFor(admin, Map.of("signatories", "1,300")))
			.andExpect(redirectedUrl("/admin/impact-targets?year=2022"));
		assertThat(this.targets.of(new FiscalYear(2022)).get(Measure.SIGNATORIES)).isEqualTo(1300);
		assertThat(this.targets.of(new FiscalYear(2023)).get(Measure.SIGNATORIES)).isEqualTo(250);
		assertThat(this.jdbc.sql("select detail from admin_action where admin_account_id = :admin")
			.param("admin", admin.id().value())
			.query(String.class)
			.list()).containsExactly("Signatories 250 to 1300");

		// The dashboard shows the year's target, and the rule; and no one's name
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		this.mvc.perform(get("/coordinator/impact?year=2022&measure=CARE_LEAVERS_REGISTERED").with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1,300")))
			.andExpect(content().string(containsString("Slightly behind (amber)")))
			.andExpect(content()
				.string(containsString("<title id=\"chart-title\">Care leavers registered, month by month</title>")))
			.andExpect(content().string(not(containsString("Set the targets for this year"))));
		// As of the end of a past month
		this.mvc.perform(get("/coordinator/impact?year=2022&on=2022-06-30").with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Figures as of the end of 30 June 2022.")))
			.andExpect(content().string(containsString(
					"<option value=\"2022-06-30\" selected=\"selected\">The end of June 2022</option>")));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder targetsFor(CurrentUser admin,
			Map<String, String> typed) {
		var request = post("/admin/impact-targets").with(as(admin)).with(csrf()).param("year", "2022");
		for (Measure measure : Measure.values()) {
			request = request.param(measure.field(),
					typed.getOrDefault(measure.field(), String.valueOf(measure.defaultTarget())));
		}
		return request;
	}

	private Map<Measure, Long> figuresOf(LocalDate day, RegionCode region) {
		Map<Measure, Long> figures = new EnumMap<>(Measure.class);
		for (ImpactFigures.Figure figure : this.figures.asOf(YEAR, day, region).figures()) {
			// Only the Covenant's own: KPIs administrators define are tested in
			// DefinedKpisTests
			if (figure.measure() instanceof Measure measure) {
				figures.put(measure, figure.figure());
			}
		}
		return figures;
	}

	private UUID careLeaver(String createdAt, RegionCode region) {
		UUID id = UUID.randomUUID();
		LocalAuthorityId council = SOUTH_WEST.equals(region) ? PLYMOUTH_AREA : Fixtures.CAMDEN;
		this.jdbc.sql("""
				insert into care_leaver (account_id, full_name, date_of_birth, local_authority_id, region_code,
				  situation, privacy_notice_accepted_at, created_at, updated_at)
				values (:id, 'Counted Person', date '2002-01-01', :council, :region, 'NONE', :at, :at, :at)
				""")
			.param("id", id)
			.param("council", council.value())
			.param("region", region.value())
			.param("at", OffsetDateTime.parse(createdAt))
			.update();
		return id;
	}

	private void signatory(String signedOn, String stage, String stageChangedAt, boolean national, RegionCode region) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into signatory (id, name, slug, sector, size, national, regions, could_offer, stage,
				  stage_changed_at, signed_on, created_at)
				values (:id, :name, :name, 'PRIVATE', 'SMALL', :national, cast(:regions as varchar(9)[]),
				  'Counted', :stage, :changed, cast(:signed as date), :changed)
				""")
			.param("id", id)
			.param("name", "counted-" + id)
			.param("national", national)
			.param("regions", (region != null) ? "{" + region.value() + "}" : "{}")
			.param("stage", stage)
			.param("changed",
					OffsetDateTime.parse((stageChangedAt != null) ? stageChangedAt
							: ((signedOn != null) ? signedOn : "2021-05-01") + "T12:00:00Z"))
			.param("signed", signedOn)
			.update();
	}

	private void adviser(String decidedAt, LocalAuthorityId council, String verification) {
		this.jdbc.sql("""
				insert into supporter (account_id, role, organisation_type, local_authority_id, email_domain,
				  verification, decided_at, registered_at)
				values (:id, 'PERSONAL_ADVISER', 'COUNCIL', :council, 'counted.example', :verification,
				  :decided, :decided)
				""")
			.param("id", UUID.randomUUID())
			.param("council", council.value())
			.param("verification", verification)
			.param("decided", OffsetDateTime.parse(decidedAt))
			.update();
	}

	private void partner(int council, String since) {
		this.jdbc.sql("""
				insert into council_partnership (local_authority_id, partner, partner_since, updated_at)
				values (:council, true, cast(:since as date), now())
				""").param("council", council).param("since", since).update();
	}

	private UUID takeUp(UUID careLeaver, OpportunityType type, RegionCode region, String status, String at) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into take_up (id, account_id, opportunity_id, signatory_id, status, created_at, updated_at,
				  opportunity_type, region_code)
				values (:id, :account, :opportunity, :signatory, :status, :at, :at, :type, :region)
				""")
			.param("id", id)
			.param("account", careLeaver)
			.param("opportunity", UUID.randomUUID())
			.param("signatory", UUID.randomUUID())
			.param("status", status)
			.param("at", OffsetDateTime.parse(at))
			.param("type", type.name())
			.param("region", region.value())
			.update();
		event(id, "INTERESTED", at);
		event(id, status, at);
		return id;
	}

	private void event(UUID takeUp, String status, String at) {
		this.jdbc.sql("""
				insert into take_up_event (id, take_up_id, status, actor, occurred_at)
				values (:id, :takeUp, :status, 'SERVICE', :at)
				""")
			.param("id", UUID.randomUUID())
			.param("takeUp", takeUp)
			.param("status", status)
			.param("at", OffsetDateTime.parse(at))
			.update();
	}

}
