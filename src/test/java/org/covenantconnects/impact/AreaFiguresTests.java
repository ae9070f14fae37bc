package org.covenantconnects.impact;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.council.Patch;
import org.covenantconnects.council.Patches;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's figures for one council and for a coordinator's patch, against records
 * counted by hand in the fiscal year April 2023 to March 2024, which no other test's
 * records fall in: Leeds's figures and those of a patch of the South West and Leeds, as
 * of 30 September 2023, unchanged by the records added after it; the records behind a
 * council's figure; and the filter form's errors.
 */
@ConnectsTest
@AutoConfigureMockMvc
class AreaFiguresTests {

	private static final FiscalYear YEAR = new FiscalYear(2023);

	private static final LocalDate SEPTEMBER_END = LocalDate.of(2023, 9, 30);

	private static final RegionCode YORKSHIRE = new RegionCode("E12000003");

	private static final RegionCode SOUTH_WEST = Fixtures.SOUTH_WEST;

	private static final RegionCode LONDON = Fixtures.LONDON;

	private static final LocalAuthorityId LEEDS = Fixtures.LEEDS;

	private static final LocalAuthorityId PLYMOUTH_AREA = new LocalAuthorityId(140);

	@Autowired
	private ImpactFigures figures;

	@Autowired
	private FigureRecords records;

	@Autowired
	private Patches patches;

	@Autowired
	private Targets targets;

	@Autowired
	private Places places;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private MockMvc mvc;

	@Test
	void aCouncilsAndAPatchsFiguresCountTheirOwnRecordsAndAPastDayStaysAsItWas() throws Exception {
		Area leeds = Area.councils("Leeds", List.of(LEEDS), List.of(YORKSHIRE));
		List<LocalAuthority> covered = this.places.localAuthorities()
			.stream()
			.filter((c) -> c.region().equals(SOUTH_WEST) || c.id().equals(LEEDS))
			.toList();
		Area patch = Area.councils("A patch", covered.stream().map(LocalAuthority::id).toList(),
				covered.stream().map(LocalAuthority::region).toList());
		Map<Measure, Long> leedsBefore = figuresOf(SEPTEMBER_END, leeds);
		Map<Measure, Long> patchBefore = figuresOf(SEPTEMBER_END, patch);

		// Looked after by Leeds but living in London; looked after in the South West;
		// looked after by Camden, in neither
		UUID leedsLeaver = careLeaver("2023-05-10T10:00:00Z", LEEDS, LONDON);
		UUID plymouthLeaver = careLeaver("2023-06-01T10:00:00Z", PLYMOUTH_AREA, SOUTH_WEST);
		UUID camdenLeaver = careLeaver("2023-07-01T10:00:00Z", Fixtures.CAMDEN, LONDON);
		takeUp(leedsLeaver, OpportunityType.JOB, LEEDS, LONDON, "STARTED", "2023-06-15T12:00:00Z");
		takeUp(plymouthLeaver, OpportunityType.FREE_TICKETS_OR_ACTIVITY, PLYMOUTH_AREA, SOUTH_WEST, "CLAIMED",
				"2023-08-01T12:00:00Z");
		takeUp(camdenLeaver, OpportunityType.FREE_TICKETS_OR_ACTIVITY, Fixtures.CAMDEN, LONDON, "CLAIMED",
				"2023-08-02T12:00:00Z");
		adviser("2023-05-01T09:00:00Z", LEEDS);
		adviser("2023-05-01T09:00:00Z", Fixtures.CAMDEN);
		signatory("2023-04-20", false, YORKSHIRE);
		signatory("2023-04-21", false, LONDON);
		signatory("2023-04-22", true, null);
		Fixtures.Organisation organisation = this.fixtures.organisation("Area Ltd");
		this.fixtures.publish(organisation.id(), Fixtures.opportunity("For Leeds").forCouncils(LEEDS),
				OffsetDateTime.parse("2023-06-10T09:00:00Z").toInstant());
		this.fixtures.publish(organisation.id(), Fixtures.opportunity("For London").inRegions(LONDON),
				OffsetDateTime.parse("2023-06-11T09:00:00Z").toInstant());

		Map<Measure, Long> leedsCounted = figuresOf(SEPTEMBER_END, leeds);
		Map<Measure, Long> expected = new HashMap<>();
		expected.put(Measure.CARE_LEAVERS_REGISTERED, 1L);
		expected.put(Measure.EMPLOYMENT_TAKEN_UP, 1L);
		expected.put(Measure.LEISURE_TAKEN_UP, 0L);
		expected.put(Measure.ADVISERS_ON_CONNECTS, 1L);
		expected.put(Measure.SIGNATORIES, 2L);
		expected.put(Measure.NEW_SIGNATORIES, 2L);
		expected.put(Measure.OPPORTUNITIES_PUBLISHED, 1L);
		for (Map.Entry<Measure, Long> entry : expected.entrySet()) {
			assertThat(leedsCounted.get(entry.getKey()) - leedsBefore.get(entry.getKey())).as(entry.getKey().name())
				.isEqualTo(entry.getValue());
		}
		// Councils embedded are counted today only, by council
		assertThat(leedsCounted.get(Measure.COUNCILS_EMBEDDED)).isNull();

		Map<Measure, Long> patchCounted = figuresOf(SEPTEMBER_END, patch);
		expected.put(Measure.CARE_LEAVERS_REGISTERED, 2L);
		expected.put(Measure.LEISURE_TAKEN_UP, 1L);
		for (Map.Entry<Measure, Long> entry : expected.entrySet()) {
			assertThat(patchCounted.get(entry.getKey()) - patchBefore.get(entry.getKey())).as(entry.getKey().name())
				.isEqualTo(entry.getValue());
		}

		// The records behind Leeds's figure are those it counts
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		FigureRecords.Records registered = this.records.of(coordinator.id(), Measure.CARE_LEAVERS_REGISTERED, YEAR,
				SEPTEMBER_END, leeds, 1);
		assertThat(registered.total()).isEqualTo(leedsCounted.get(Measure.CARE_LEAVERS_REGISTERED));
		assertThat(registered.rows()).anyMatch((row) -> row.href().endsWith(leedsLeaver.toString()));
		assertThat(registered.rows()).noneMatch((row) -> row.href().endsWith(camdenLeaver.toString()));

		// Records after 30 September leave its figures as they were
		UUID later = careLeaver("2023-10-05T10:00:00Z", LEEDS, YORKSHIRE);
		takeUp(later, OpportunityType.APPRENTICESHIP, LEEDS, YORKSHIRE, "STARTED", "2023-11-01T12:00:00Z");
		adviser("2023-12-01T09:00:00Z", LEEDS);
		assertThat(figuresOf(SEPTEMBER_END, leeds)).isEqualTo(leedsCounted);
		assertThat(figuresOf(SEPTEMBER_END, patch)).isEqualTo(patchCounted);
		Map<Measure, Long> yearEnd = figuresOf(YEAR.lastDay(), leeds);
		assertThat(yearEnd.get(Measure.CARE_LEAVERS_REGISTERED) - leedsBefore.get(Measure.CARE_LEAVERS_REGISTERED))
			.isEqualTo(2);
		assertThat(yearEnd.get(Measure.EMPLOYMENT_TAKEN_UP) - leedsBefore.get(Measure.EMPLOYMENT_TAKEN_UP))
			.isEqualTo(2);

		// Leeds's targets are its share of the national ones, by the care leavers
		// registered
		ImpactFigures.Dashboard leedsDashboard = this.figures.asOf(YEAR, SEPTEMBER_END, leeds);
		long national = this.figures.asOf(YEAR, SEPTEMBER_END, Area.ENGLAND)
			.of(Measure.CARE_LEAVERS_REGISTERED)
			.figure();
		long inLeeds = leedsCounted.get(Measure.CARE_LEAVERS_REGISTERED);
		Map<Measure, Integer> nationalTargets = this.targets.of(YEAR);
		ImpactFigures.Figure employment = leedsDashboard.of(Measure.EMPLOYMENT_TAKEN_UP);
		assertThat(employment.target()).isEqualTo(
				(int) Math.round((double) nationalTargets.get(Measure.EMPLOYMENT_TAKEN_UP) * inLeeds / national));
		assertThat(employment.targetRule()).contains("of the national target of 250", inLeeds + " of the " + national);
		assertThat(employment.status()).isEqualTo(Status.of(employment.figure(), employment.expected()));
		assertThat(employment.status()).isNotEqualTo(Status.NOT_SET);
		// Figures that also count what works across England, or whole regions, have none
		assertThat(leedsDashboard.of(Measure.SIGNATORIES).status()).isEqualTo(Status.NOT_SET);
		assertThat(leedsDashboard.of(Measure.OPPORTUNITIES_PUBLISHED).status()).isEqualTo(Status.NOT_SET);
		assertThat(leedsDashboard.of(Measure.EVENTS_HELD).status()).isEqualTo(Status.NOT_SET);
		ImpactFigures.Dashboard southWest = this.figures.asOf(YEAR, SEPTEMBER_END, SOUTH_WEST);
		assertThat(southWest.of(Measure.EVENTS_HELD).status()).isNotEqualTo(Status.NOT_SET);
		assertThat(southWest.of(Measure.SIGNATORIES).status()).isEqualTo(Status.NOT_SET);
		assertThat(this.figures.asOf(YEAR, SEPTEMBER_END, Area.ENGLAND).of(Measure.SIGNATORIES).targetRule()).isNull();
		// A past day's targets stay as they were, like its figures
		careLeaver("2023-10-06T10:00:00Z", Fixtures.CAMDEN, LONDON);
		assertThat(this.figures.asOf(YEAR, SEPTEMBER_END, leeds).of(Measure.EMPLOYMENT_TAKEN_UP)).isEqualTo(employment);

		// The dashboard filtered by a council and by a coordinator's patch
		String leedsSlug = this.places.localAuthority(LEEDS).orElseThrow().slug();
		this.mvc.perform(get("/coordinator/impact?year=2023&council=" + leedsSlug).with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("April 2023 to March 2024, Leeds")))
			.andExpect(content().string(containsString("With a council or a patch: those its councils looked after.")))
			.andExpect(content().string(containsString("council=" + leedsSlug)))
			.andExpect(content().string(containsString("No status for this area")))
			.andExpect(content().string(containsString("the area&#39;s share of the care leavers registered")))
			.andExpect(content().string(not(containsString("There is a problem"))));
		this.mvc
			.perform(get("/coordinator/impact/records?year=2023&on=2023-09-30&measure=CARE_LEAVERS_REGISTERED&council="
					+ leedsSlug)
				.with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(leedsLeaver.toString())))
			.andExpect(content().string(not(containsString(camdenLeaver.toString()))));
		CurrentUser patchHolder = this.fixtures.staff(Role.COORDINATOR);
		this.patches.set(patchHolder.id(), new Patch(Set.of(SOUTH_WEST), Set.of(LEEDS)));
		this.mvc.perform(get("/coordinator/impact?year=2023&patch=" + patchHolder.id().value()).with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(patchHolder.displayName() + "&#39;s patch")))
			.andExpect(content().string(not(containsString("There is a problem"))));
	}

	@Test
	void anAreasShareOfANationalTargetIsItsShareOfTheCareLeaversRegistered() {
		AreaShare share = AreaShare.of(3, 12);
		assertThat(share.of(500)).isEqualTo(125);
		assertThat(share.of(10)).isEqualTo(3);
		assertThat(share.describe(500, Area.councils("Leeds", List.of(LEEDS), List.of(YORKSHIRE))))
			.isEqualTo("25% of the national target of 500: 3 of the 12 care leavers registered in all England by then "
					+ "were looked after by its councils.");
		assertThat(AreaShare.of(0, 0).national()).isZero();
		assertThat(AreaShare.withheld(Measure.CARE_LEAVERS_REGISTERED, Area.ENGLAND, AreaShare.of(0, 0)))
			.contains("no care leavers were registered");
		assertThat(AreaShare.withheld(Measure.CARE_LEAVERS_REGISTERED, Area.ENGLAND, share)).isNull();
	}

	@Test
	void unknownFiltersAreErrorsOnTheFormNotFailures() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		this.mvc
			.perform(get("/coordinator/impact?council=nowhere&patch=not-an-account&region=E99").with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Impact")))
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Choose a region from the list")))
			.andExpect(content().string(containsString("Choose a council from the list")))
			.andExpect(content().string(containsString("Choose a coordinator&#39;s patch from the list")))
			.andExpect(content().string(containsString(", All England</span>")));
		this.mvc
			.perform(get("/coordinator/impact?year=twenty&region=" + LONDON.value() + "&council=leeds")
				.with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a year from the list")))
			.andExpect(content().string(containsString("Choose a region, a council or a patch, not more than one")));
		this.mvc
			.perform(get("/coordinator/impact/records?measure=SIGNATORIES&patch=" + UUID.randomUUID())
				.with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a coordinator&#39;s patch from the list")));
	}

	private Map<Measure, Long> figuresOf(LocalDate day, Area area) {
		Map<Measure, Long> counted = new HashMap<>();
		for (ImpactFigures.Figure figure : this.figures.asOf(YEAR, day, area).figures()) {
			// Only the Covenant's own: a KPI another test defined has no count by hand
			// here
			if (figure.measure() instanceof Measure measure) {
				counted.put(measure, figure.figure());
			}
		}
		return counted;
	}

	private UUID careLeaver(String createdAt, LocalAuthorityId council, RegionCode livingIn) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into care_leaver (account_id, full_name, date_of_birth, local_authority_id, region_code,
				  situation, privacy_notice_accepted_at, created_at, updated_at)
				values (:id, 'Area Person', date '2003-01-01', :council, :region, 'NONE', :at, :at, :at)
				""")
			.param("id", id)
			.param("council", council.value())
			.param("region", livingIn.value())
			.param("at", OffsetDateTime.parse(createdAt))
			.update();
		return id;
	}

	private void takeUp(UUID careLeaver, OpportunityType type, LocalAuthorityId council, RegionCode region,
			String status, String at) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into take_up (id, account_id, opportunity_id, signatory_id, status, created_at, updated_at,
				  opportunity_type, region_code, local_authority_id)
				values (:id, :account, :opportunity, :signatory, :status, :at, :at, :type, :region, :council)
				""")
			.param("id", id)
			.param("account", careLeaver)
			.param("opportunity", UUID.randomUUID())
			.param("signatory", UUID.randomUUID())
			.param("status", status)
			.param("at", OffsetDateTime.parse(at))
			.param("type", type.name())
			.param("region", region.value())
			.param("council", council.value())
			.update();
		this.jdbc.sql("""
				insert into take_up_event (id, take_up_id, status, actor, occurred_at)
				values (:id, :takeUp, :status, 'SERVICE', :at)
				""")
			.param("id", UUID.randomUUID())
			.param("takeUp", id)
			.param("status", status)
			.param("at", OffsetDateTime.parse(at))
			.update();
	}

	private void adviser(String decidedAt, LocalAuthorityId council) {
		this.jdbc.sql("""
				insert into supporter (account_id, role, organisation_type, local_authority_id, email_domain,
				  verification, decided_at, registered_at)
				values (:id, 'PERSONAL_ADVISER', 'COUNCIL', :council, 'area.example', 'VERIFIED', :decided, :decided)
				""")
			.param("id", UUID.randomUUID())
			.param("council", council.value())
			.param("decided", OffsetDateTime.parse(decidedAt))
			.update();
	}

	private void signatory(String signedOn, boolean national, RegionCode region) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into signatory (id, name, slug, sector, size, national, regions, could_offer, stage,
				  stage_changed_at, signed_on, created_at)
				values (:id, :name, :name, 'PRIVATE', 'SMALL', :national, cast(:regions as varchar(9)[]),
				  'Counted', 'SIGNED', :changed, cast(:signed as date), :changed)
				""")
			.param("id", id)
			.param("name", "area-" + id)
			.param("national", national)
			.param("regions", (region != null) ? "{" + region.value() + "}" : "{}")
			.param("changed", OffsetDateTime.parse(signedOn + "T12:00:00Z"))
			.param("signed", signedOn)
			.update();
	}

}
