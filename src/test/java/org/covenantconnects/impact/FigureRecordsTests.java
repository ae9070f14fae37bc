package org.covenantconnects.impact;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.OpportunityType;
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
 * From a figure to the records behind it: every figure's list has as many records as the
 * figure (as of the same day, in the same region), the records added by hand are listed
 * and those after the day are not, and every young person listed is written to the audit
 * trail.
 */
@ConnectsTest
@AutoConfigureMockMvc
class FigureRecordsTests {

	private static final FiscalYear YEAR = new FiscalYear(2020);

	private static final LocalDate SEPTEMBER_END = LocalDate.of(2020, 9, 30);

	private static final RegionCode SOUTH_WEST = Fixtures.SOUTH_WEST;

	@Autowired
	private ImpactFigures figures;

	@Autowired
	private FigureRecords records;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private MockMvc mvc;

	@Test
	void eachFiguresRecordsAreTheOnesItCountsAsOfTheSameDayAndEachYoungPersonListedIsAudited() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		Map<Measure, Long> before = totals(coordinator, null);

		// By hand, up to 30 September 2020: two care leavers (one in the South West), an
		// organisation signed in August, a leisure take-up claimed in July and a job
		// started in September; after it, a care leaver and a take-up in October
		UUID plymouth = careLeaver("Prudence Counted", "2020-06-01T10:00:00Z", SOUTH_WEST, 140);
		careLeaver("Lionel Counted", "2020-07-01T10:00:00Z", Fixtures.LONDON, Fixtures.CAMDEN.value());
		signatory("Records Counted Ltd", "2020-08-03");
		takeUp(plymouth, OpportunityType.FREE_TICKETS_OR_ACTIVITY, "CLAIMED", "2020-07-15T12:00:00Z");
		takeUp(plymouth, OpportunityType.JOB, "STARTED", "2020-09-30T22:30:00Z");
		Map<Measure, Long> september = totals(coordinator, null);
		assertThat(september.get(Measure.CARE_LEAVERS_REGISTERED) - before.get(Measure.CARE_LEAVERS_REGISTERED))
			.isEqualTo(2);
		assertThat(september.get(Measure.SIGNATORIES) - before.get(Measure.SIGNATORIES)).isEqualTo(1);
		assertThat(september.get(Measure.NEW_SIGNATORIES) - before.get(Measure.NEW_SIGNATORIES)).isEqualTo(1);
		assertThat(september.get(Measure.LEISURE_TAKEN_UP) - before.get(Measure.LEISURE_TAKEN_UP)).isEqualTo(1);
		// 22:30 UTC on 30 September is 23:30 in England: still that day
		assertThat(september.get(Measure.EMPLOYMENT_TAKEN_UP) - before.get(Measure.EMPLOYMENT_TAKEN_UP)).isEqualTo(1);

		UUID october = careLeaver("Olive Later", "2020-10-02T10:00:00Z", SOUTH_WEST, 140);
		takeUp(october, OpportunityType.FREE_TICKETS_OR_ACTIVITY, "CLAIMED", "2020-10-03T12:00:00Z");
		assertThat(totals(coordinator, null)).isEqualTo(september);
		totals(coordinator, SOUTH_WEST);

		// The page: the names counted, not the one after; each one shown is audited
		long audited = auditedBy(coordinator);
		long plymouthListed = listedInAudit(coordinator, plymouth);
		this.mvc
			.perform(get("/coordinator/impact/records?measure=CARE_LEAVERS_REGISTERED&year=2020&on=2020-09-30&region="
					+ SOUTH_WEST.value())
				.with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Prudence Counted")))
			.andExpect(content().string(not(containsString("Olive Later"))))
			.andExpect(content().string(not(containsString("Lionel Counted"))))
			.andExpect(content().string(containsString("The records counted as of the end of 30 September 2020")));
		assertThat(listedInAudit(coordinator, plymouth)).isEqualTo(plymouthListed + 1);
		this.mvc
			.perform(get("/coordinator/impact/records?measure=LEISURE_TAKEN_UP&year=2020&on=2020-09-30&region="
					+ SOUTH_WEST.value())
				.with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Prudence Counted")))
			.andExpect(content().string(not(containsString("Olive Later"))));
		assertThat(auditedBy(coordinator)).isGreaterThan(audited + 1);
		this.mvc.perform(get("/coordinator/impact/records?measure=NOTHING").with(as(coordinator)))
			.andExpect(status().isNotFound());
		// Administrators read the dashboard's figures, but not the young people behind
		// them
		this.mvc.perform(get("/coordinator/impact?year=2020").with(as(this.fixtures.staff(Role.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/coordinator/impact/records"))));
		this.mvc.perform(get("/coordinator/impact?year=2020").with(as(coordinator)))
			.andExpect(content().string(containsString("/coordinator/impact/records?measure=SIGNATORIES")));
	}

	/**
	 * Each figure as of 30 September, checked against how many records its list has (page
	 * by page for the names); returns the figures.
	 */
	private Map<Measure, Long> totals(CurrentUser coordinator, RegionCode region) {
		ImpactFigures.Dashboard dashboard = this.figures.asOf(YEAR, SEPTEMBER_END, region);
		Map<Measure, Long> counted = new EnumMap<>(Measure.class);
		for (ImpactFigures.Figure each : dashboard.figures()) {
			// Only the Covenant's own: KPIs administrators define are tested in
			// DefinedKpisTests
			if (!(each.measure() instanceof Measure measure)) {
				continue;
			}
			ImpactFigures.Figure figure = each;
			// The embedded goals have no list; attendances are added up from the events
			// listed (EventFiguresTests)
			if (figure.measure() == Measure.COUNCILS_EMBEDDED || figure.measure() == Measure.INSTITUTIONS_EMBEDDED
					|| figure.measure() == Measure.EVENT_ATTENDANCES) {
				continue;
			}
			FigureRecords.Records listed = this.records.of(coordinator.id(), measure, YEAR, dashboard.asOf(), region,
					1);
			long figureCounted = (figure.measure() == Measure.EMPLOYMENT_TAKEN_UP)
					? Long.parseLong(figure.note().replaceAll("[^0-9]", "")) : figure.figure();
			assertThat(listed.total()).as(figure.measure().name()).isEqualTo(figureCounted);
			assertThat(listed.rows()).hasSize((int) Math.min(listed.total(), FigureRecords.PAGE_SIZE));
			counted.put(measure, figure.figure());
		}
		return counted;
	}

	private long listedInAudit(CurrentUser coordinator, UUID person) {
		return this.jdbc.sql("""
				select count(*) from record_view where viewer_account_id = :viewer and care_leaver_account_id = :person
				  and what = 'Listed behind the impact figure: Care leavers registered'
				""").param("viewer", coordinator.id().value()).param("person", person).query(Long.class).single();
	}

	private long auditedBy(CurrentUser coordinator) {
		return this.jdbc.sql("select count(*) from record_view where viewer_account_id = :viewer")
			.param("viewer", coordinator.id().value())
			.query(Long.class)
			.single();
	}

	private UUID careLeaver(String name, String createdAt, RegionCode region, int council) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into care_leaver (account_id, full_name, date_of_birth, local_authority_id, region_code,
				  situation, privacy_notice_accepted_at, created_at, updated_at)
				values (:id, :name, date '2002-01-01', :council, :region, 'NONE', :at, :at, :at)
				""")
			.param("id", id)
			.param("name", name)
			.param("council", council)
			.param("region", region.value())
			.param("at", OffsetDateTime.parse(createdAt))
			.update();
		return id;
	}

	private void signatory(String name, String signedOn) {
		this.jdbc.sql("""
				insert into signatory (id, name, slug, sector, size, national, regions, could_offer, stage,
				  stage_changed_at, signed_on, created_at)
				values (:id, :name, :slug, 'PRIVATE', 'SMALL', true, '{}', 'Counted', 'SIGNED', :changed,
				  cast(:signed as date), :changed)
				""")
			.param("id", UUID.randomUUID())
			.param("name", name)
			.param("slug", "records-counted-" + UUID.randomUUID())
			.param("changed", OffsetDateTime.parse(signedOn + "T12:00:00Z"))
			.param("signed", signedOn)
			.update();
	}

	private void takeUp(UUID careLeaver, OpportunityType type, String status, String at) {
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
			.param("region", SOUTH_WEST.value())
			.update();
		for (String each : new String[] { "INTERESTED", status }) {
			this.jdbc.sql("""
					insert into take_up_event (id, take_up_id, status, actor, occurred_at)
					values (:id, :takeUp, :status, 'SERVICE', :at)
					""")
				.param("id", UUID.randomUUID())
				.param("takeUp", id)
				.param("status", each)
				.param("at", OffsetDateTime.parse(at))
				.update();
		}
	}

}
