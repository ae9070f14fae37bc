package org.covenantconnects.impact;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.event.EventKind;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Orientation;
import org.covenantconnects.places.RegionCode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covenantconnects.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * KPIs administrators define (ADR 052): a narrowed count against events counted by hand
 * in the year April 2024 to March 2025, as of 30 June 2024 and the year's end, in all
 * England and in the South West, a past day unchanged by later records; every kind of
 * record counted as the Covenant's own figure of the same definition counts it; the admin
 * pages with their errors and audited changes; the dashboard, the records and the termly
 * report; and retiring.
 */
@ConnectsTest
@AutoConfigureMockMvc
class DefinedKpisTests {

	private static final FiscalYear YEAR = new FiscalYear(2024);

	private static final LocalDate JUNE_END = LocalDate.of(2024, 6, 30);

	private static final LocalDate YEAR_END = LocalDate.of(2025, 3, 31);

	private static final RegionCode SOUTH_WEST = Fixtures.SOUTH_WEST;

	@Autowired
	private DefinedKpis kpis;

	@Autowired
	private ImpactFigures figures;

	@Autowired
	private FigureRecords records;

	@Autowired
	private TermlyReports reports;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private org.covenantconnects.places.Places places;

	@Test
	void aNarrowedCountIsCountedAsOfTheEndOfTheDayAndAPastDayStaysAsItWas() {
		DefinedKpi sessions = this.kpis.define("Awareness sessions held " + UUID.randomUUID(),
				"Awareness sessions that ended from 1 April.", Basis.EVENTS_HELD, null, EventKind.AWARENESS_SESSION,
				Cadence.MONTHLY, 10, null);
		DefinedKpi places = this.kpis.define("Awareness places attended " + UUID.randomUUID(),
				"Places marked attended at awareness sessions.", Basis.EVENT_ATTENDANCES, null,
				EventKind.AWARENESS_SESSION, Cadence.TERMLY, 40, null);
		long juneHeld = figure(sessions, JUNE_END, null);
		long juneSouthWest = figure(sessions, JUNE_END, SOUTH_WEST);
		long yearEndHeld = figure(sessions, YEAR_END, null);
		long juneAttended = figure(places, JUNE_END, null);

		// March 2024 is before the year; in June, one in the South West with two who
		// came, one cancelled before it ended, and a workshop (another kind); in London
		// at 22:30 on 30 June (23:30 in England, so still 30 June)
		event(EventKind.AWARENESS_SESSION, "2024-03-20T18:00:00Z", SOUTH_WEST, null);
		UUID june = event(EventKind.AWARENESS_SESSION, "2024-06-10T18:00:00Z", SOUTH_WEST, null);
		signUp(june, true, "2024-06-10T18:00:00Z");
		signUp(june, true, "2024-06-11T09:00:00Z");
		signUp(june, false, "2024-06-11T09:00:00Z");
		event(EventKind.AWARENESS_SESSION, "2024-06-12T18:00:00Z", SOUTH_WEST, "2024-06-01T09:00:00Z");
		UUID workshop = event(EventKind.WORKSHOP, "2024-06-14T18:00:00Z", SOUTH_WEST, null);
		signUp(workshop, true, "2024-06-14T18:00:00Z");
		event(EventKind.AWARENESS_SESSION, "2024-06-30T22:30:00Z", Fixtures.LONDON, null);

		assertThat(figure(sessions, JUNE_END, null) - juneHeld).isEqualTo(2);
		assertThat(figure(sessions, JUNE_END, SOUTH_WEST) - juneSouthWest).isEqualTo(1);
		assertThat(figure(places, JUNE_END, null) - juneAttended).isEqualTo(2);
		long juneAfter = figure(sessions, JUNE_END, null);
		long juneAttendedAfter = figure(places, JUNE_END, null);

		// Later records: a session in July, and an attendance at June's marked in July
		event(EventKind.AWARENESS_SESSION, "2024-07-02T18:00:00Z", SOUTH_WEST, null);
		signUp(june, true, "2024-07-05T09:00:00Z");
		assertThat(figure(sessions, JUNE_END, null)).isEqualTo(juneAfter);
		assertThat(figure(places, JUNE_END, null)).isEqualTo(juneAttendedAfter);
		assertThat(figure(sessions, YEAR_END, null) - yearEndHeld).isEqualTo(3);

		// The month by month figures, its target and trajectory, and its records
		ImpactFigures.Figure counted = this.figures.asOf(YEAR, YEAR_END, Area.ENGLAND)
			.of(sessions.name())
			.orElseThrow();
		assertThat(counted.months().get(2).figure()).isEqualTo(juneAfter);
		assertThat(counted.target()).isEqualTo(10);
		assertThat(counted.measure().definition()).isEqualTo("Awareness sessions that ended from 1 April.");
		assertThat(counted.measure().cadence()).isEqualTo(Cadence.MONTHLY);
		assertThat(
				this.records.of(this.fixtures.staff(Role.COORDINATOR).id(), sessions, YEAR, JUNE_END, Area.ENGLAND, 1)
					.rows())
			.allSatisfy((row) -> assertThat(row.cells().get(1)).isEqualTo("Awareness session"));
		assertThat(
				this.records.of(this.fixtures.staff(Role.COORDINATOR).id(), sessions, YEAR, JUNE_END, Area.ENGLAND, 1)
					.total())
			.isEqualTo(juneAfter);

		// A year's own target, and the KPI's target for every other year
		assertThat(this.kpis.setTarget(sessions, YEAR, 6, null)).isTrue();
		assertThat(this.kpis.setTarget(sessions, YEAR, 6, null)).isFalse();
		assertThat(this.figures.asOf(YEAR, YEAR_END, Area.ENGLAND).of(sessions.name()).orElseThrow().target())
			.isEqualTo(6);
		assertThat(this.figures.asOf(new FiscalYear(2023), LocalDate.of(2024, 3, 31), Area.ENGLAND)
			.of(sessions.name())
			.orElseThrow()
			.target()).isEqualTo(10);
	}

	@Test
	void everyKindOfRecordIsCountedAsTheCovenantsOwnFigureOfTheSameDefinition() {
		List<DefinedKpi> defined = List.of(
				define(Basis.CARE_LEAVERS_REGISTERED, null, null, Measure.CARE_LEAVERS_REGISTERED),
				define(Basis.SIGNATORIES, null, null, Measure.SIGNATORIES),
				define(Basis.NEW_SIGNATORIES, null, null, Measure.NEW_SIGNATORIES),
				define(Basis.OPPORTUNITIES_PUBLISHED, null, null, Measure.OPPORTUNITIES_PUBLISHED),
				define(Basis.ADVISERS_VERIFIED, null, null, Measure.ADVISERS_ON_CONNECTS),
				define(Basis.COUNCILS_PARTNERED, null, null, Measure.COUNCILS_PARTNERED),
				define(Basis.TAKE_UPS, Orientation.LEISURE, null, Measure.LEISURE_TAKEN_UP),
				define(Basis.YOUNG_PEOPLE_TAKING_UP, Orientation.EMPLOYMENT, null, Measure.EMPLOYMENT_TAKEN_UP),
				define(Basis.EVENTS_HELD, null, null, Measure.EVENTS_HELD),
				define(Basis.EVENT_ATTENDANCES, null, null, Measure.EVENT_ATTENDANCES));
		// The years other tests count by hand, in all England, a region and a council
		for (FiscalYear year : List.of(new FiscalYear(2020), new FiscalYear(2021), new FiscalYear(2023))) {
			for (Area area : List.of(Area.ENGLAND, Area.of(SOUTH_WEST, this.places),
					Area.councils("Manchester", List.of(Fixtures.MANCHESTER), List.of(Fixtures.NORTH_WEST)))) {
				ImpactFigures.Dashboard dashboard = this.figures.asOf(year, year.lastDay(), area);
				for (DefinedKpi kpi : defined) {
					Measure same = Measure.valueOf(kpi.definition());
					ImpactFigures.Figure own = dashboard.of(same);
					ImpactFigures.Figure counted = dashboard.of(kpi.name()).orElseThrow();
					assertThat(counted.figure()).as(same + " in " + area.name() + ", " + year.label())
						.isEqualTo(own.figure());
					assertThat(counted.months()).extracting(ImpactFigures.MonthFigure::figure)
						.containsExactlyElementsOf(
								own.months().stream().map(ImpactFigures.MonthFigure::figure).toList());
					assertThat(counted.targeted()).as("a share of the target for " + same + " in " + area.name())
						.isEqualTo(own.targeted());
				}
			}
		}
		defined.forEach((kpi) -> this.kpis.retire(kpi, this.fixtures.staff(Role.ADMIN).id()));
	}

	@Test
	void administratorsDefineAKpiWithErrorsShownAndEachChangeAudited() throws Exception {
		CurrentUser admin = this.fixtures.staff(Role.ADMIN);
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		this.mvc.perform(get("/admin/impact-kpis/new").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Define a KPI")));
		this.mvc.perform(post("/admin/impact-kpis").with(as(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter a name for the KPI")))
			.andExpect(content().string(containsString("Enter the definition")))
			.andExpect(content().string(containsString("Choose what the KPI counts")))
			.andExpect(content().string(containsString("Choose how often the KPI needs activity")))
			.andExpect(content().string(containsString("Enter a target, like 120")));
		this.mvc
			.perform(post("/admin/impact-kpis").with(as(admin))
				.with(csrf())
				.param("name", "Signatories")
				.param("definition", "Kept as typed")
				.param("basis", "EVENTS_HELD")
				.param("orientation", "LEISURE")
				.param("eventKind", "PARTY")
				.param("cadence", "WEEKLY")
				.param("target", "12x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is already a goal or KPI called Signatories")))
			.andExpect(content().string(containsString("Choose All opportunities")))
			.andExpect(content().string(containsString("Choose which events from the list")))
			.andExpect(content().string(containsString("Choose how often the KPI needs activity")))
			.andExpect(content().string(containsString("The target must be a whole number, like 120")))
			.andExpect(content().string(containsString("Kept as typed")));
		this.mvc
			.perform(post("/admin/impact-kpis").with(as(admin))
				.with(csrf())
				.param("name", "x".repeat(81))
				.param("definition", "d")
				.param("basis", "TAKE_UPS")
				.param("orientation", "")
				.param("eventKind", "WORKSHOP")
				.param("cadence", "YEARLY")
				.param("target", "10000001"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The name must be 80 characters or fewer")))
			.andExpect(content().string(containsString("Choose All events")))
			.andExpect(content().string(containsString("The target must be 10,000,000 or fewer")));

		long audited = audited(admin);
		String name = "Employment take-ups " + UUID.randomUUID().toString().substring(0, 8);
		MvcResult defined = this.mvc
			.perform(post("/admin/impact-kpis").with(as(admin))
				.with(csrf())
				.param("name", name)
				.param("definition", "Take-ups of employment-oriented opportunities from 1 April.")
				.param("basis", "TAKE_UPS")
				.param("orientation", "EMPLOYMENT")
				.param("eventKind", "")
				.param("cadence", "MONTHLY")
				.param("target", "1,200"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String page = defined.getResponse().getRedirectedUrl();
		DefinedKpi kpi = this.kpis.find(Integer.parseInt(page.substring(page.lastIndexOf('/') + 1))).orElseThrow();
		assertThat(kpi.shortName()).isEqualTo(name);
		assertThat(kpi.orientation()).isEqualTo(Orientation.EMPLOYMENT);
		assertThat(kpi.target()).isEqualTo(1200);
		assertThat(audited(admin)).isEqualTo(audited + 1);
		this.mvc.perform(get(page).with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Take-ups (employment opportunities only)")));
		this.mvc.perform(get("/admin/impact-kpis").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		this.mvc.perform(get("/admin/impact-kpis/999999999").with(as(admin))).andExpect(status().isNotFound());

		// A year's own target, with its errors
		this.mvc.perform(post(page + "/targets").with(as(admin)).with(csrf()).param("year", "1999").param("target", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a year from the list")))
			.andExpect(content().string(containsString("Enter a target, like 120")));
		this.mvc
			.perform(post(page + "/targets").with(as(admin)).with(csrf()).param("year", "2024").param("target", "700"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.kpis.targetOf(kpi, YEAR)).isEqualTo(700);
		assertThat(audited(admin)).isEqualTo(audited + 2);

		// On the dashboard, with its definition, and the records behind it
		this.mvc.perform(get("/coordinator/impact?year=2024&measure=" + kpi.name()).with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"figure-" + kpi.field() + "\"")))
			.andExpect(content().string(containsString("Take-ups of employment-oriented opportunities from 1 April.")))
			.andExpect(content().string(containsString(name + " at the end of each month")));
		this.mvc.perform(get("/coordinator/impact/records?year=2024&measure=" + kpi.name()).with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Take-ups of employment-oriented opportunities from 1 April.")));

		// In a termly report: issued, it keeps the KPI after it is retired
		Term term = new Term(YEAR, Term.Season.AUTUMN);
		TermlyReport issued = this.reports.issue(term, "The autumn.", null);
		assertThat(issued.kpis()).anySatisfy((f) -> {
			assertThat(f.measure()).isEqualTo(kpi.name());
			assertThat(f.title()).isEqualTo(name);
			assertThat(f.cadence()).isEqualTo("Monthly");
			assertThat(f.target()).isEqualTo(700);
		});
		this.mvc.perform(post(page + "/retire").with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(audited(admin)).isEqualTo(audited + 3);
		assertThat(this.kpis.find(kpi.number()).orElseThrow().retiredOn()).isEqualTo(this.figures.today());
		assertThat(this.reports.find(issued.id()).orElseThrow().kpis()).anySatisfy((f) -> {
			assertThat(f.measure()).isEqualTo(kpi.name());
			assertThat(f.definition()).isEqualTo("Take-ups of employment-oriented opportunities from 1 April.");
		});
		this.mvc.perform(get("/coordinator/impact/reports/" + issued.id() + "/csv").with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		// Retired: not among today's figures, still among a past day's
		this.mvc.perform(get("/coordinator/impact").with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"figure-" + kpi.field() + "\""))));
		assertThat(this.figures.asOf(YEAR, YEAR_END, Area.ENGLAND).of(kpi.name())).isPresent();
		this.mvc.perform(get(page).with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"retired\"")));
	}

	private DefinedKpi define(Basis basis, Orientation orientation, EventKind kind, Measure same) {
		// The definition names the Covenant's figure it should equal
		return this.kpis.define("Same as " + same.shortName() + " " + UUID.randomUUID().toString().substring(0, 8),
				same.name(), basis, orientation, kind, Cadence.YEARLY, same.defaultTarget(), null);
	}

	private long figure(DefinedKpi kpi, LocalDate day, RegionCode region) {
		return this.figures.asOf(YEAR, day, region).of(kpi.name()).orElseThrow().figure();
	}

	private long audited(CurrentUser admin) {
		return this.jdbc.sql("select count(*) from admin_action where admin_account_id = :admin")
			.param("admin", admin.id().value())
			.query(Long.class)
			.single();
	}

	private UUID event(EventKind kind, String endsAt, RegionCode region, String cancelledAt) {
		UUID id = UUID.randomUUID();
		OffsetDateTime ends = OffsetDateTime.parse(endsAt);
		this.jdbc.sql("""
				insert into event (id, title, description, kind, audiences, starts_at, ends_at, online, venue,
				  venue_address, region_code, capacity, travel_paid, cancelled_at, created_at, updated_at)
				values (:id, 'Counted event', 'Counted', :kind, '{CARE_LEAVERS}', :starts, :ends, false, 'A hall',
				  '1 High Street', :region, 20, false, :cancelled, :starts, :starts)
				""")
			.param("id", id)
			.param("kind", kind.name())
			.param("starts", ends.minusHours(2))
			.param("ends", ends)
			.param("region", region.value())
			.param("cancelled", (cancelledAt != null) ? OffsetDateTime.parse(cancelledAt) : null)
			.update();
		return id;
	}

	private void signUp(UUID event, boolean attended, String changedAt) {
		this.jdbc.sql("""
				insert into event_sign_up (id, event_id, account_id, status, signed_up_at, changed_at, attended)
				values (:id, :event, null, 'PLACE', :at, :at, :attended)
				""")
			.param("id", UUID.randomUUID())
			.param("event", event)
			.param("at", OffsetDateTime.parse(changedAt))
			.param("attended", attended)
			.update();
	}

}
