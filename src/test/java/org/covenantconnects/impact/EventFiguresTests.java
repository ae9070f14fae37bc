package org.covenantconnects.impact;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.places.RegionCode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The KPIs of events held and event attendances against events counted by hand, in the
 * year April 2020 to March 2021: as of 30 September 2020 and the year's end, in all
 * England and in the South West; a cancelled event and an attendance marked later leave
 * 30 September's figures as they were; and each figure's records add up to it.
 */
@ConnectsTest
class EventFiguresTests {

	private static final FiscalYear YEAR = new FiscalYear(2020);

	private static final LocalDate SEPTEMBER_END = LocalDate.of(2020, 9, 30);

	private static final LocalDate YEAR_END = LocalDate.of(2021, 3, 31);

	private static final RegionCode SOUTH_WEST = Fixtures.SOUTH_WEST;

	@Autowired
	private ImpactFigures figures;

	@Autowired
	private FigureRecords records;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Fixtures fixtures;

	@Test
	void eventsCountWhenTheyEndAndAttendancesWhenMarkedAndAPastDayStaysAsItWas() {
		long[] september = counts(SEPTEMBER_END, null);
		long[] southWest = counts(SEPTEMBER_END, SOUTH_WEST);
		long[] yearEnd = counts(YEAR_END, null);

		// July in the South West: two of three came; August: cancelled before it ended;
		// September in London: the one who came is marked in October
		UUID july = event("2020-07-10T18:00:00Z", SOUTH_WEST, null);
		signUp(july, true, "2020-07-11T09:00:00Z");
		signUp(july, true, "2020-07-11T09:00:00Z");
		signUp(july, false, "2020-07-11T09:00:00Z");
		UUID august = event("2020-08-01T18:00:00Z", SOUTH_WEST, "2020-07-20T09:00:00Z");
		signUp(august, true, "2020-07-01T09:00:00Z");
		UUID londonSeptember = event("2020-09-30T21:30:00Z", Fixtures.LONDON, null);

		long[] after = counts(SEPTEMBER_END, null);
		assertThat(after[0] - september[0]).isEqualTo(2);
		assertThat(after[1] - september[1]).isEqualTo(2);
		long[] afterSouthWest = counts(SEPTEMBER_END, SOUTH_WEST);
		assertThat(afterSouthWest[0] - southWest[0]).isEqualTo(1);
		assertThat(afterSouthWest[1] - southWest[1]).isEqualTo(2);

		// Later records: the late mark, and an event in January with one who came
		signUp(londonSeptember, true, "2020-10-05T09:00:00Z");
		UUID january = event("2021-01-20T18:00:00Z", SOUTH_WEST, null);
		signUp(january, true, "2021-01-20T18:00:00Z");
		assertThat(counts(SEPTEMBER_END, null)).isEqualTo(after);
		long[] afterYearEnd = counts(YEAR_END, null);
		assertThat(afterYearEnd[0] - yearEnd[0]).isEqualTo(3);
		assertThat(afterYearEnd[1] - yearEnd[1]).isEqualTo(4);
	}

	/**
	 * Events held and attendances as of the end of a day, each checked against the
	 * records listed behind it.
	 */
	private long[] counts(LocalDate day, RegionCode region) {
		ImpactFigures.Dashboard dashboard = this.figures.asOf(YEAR, day, region);
		long held = dashboard.of(Measure.EVENTS_HELD).figure();
		long attendances = dashboard.of(Measure.EVENT_ATTENDANCES).figure();
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		long listedAttendances = 0;
		long listed = 0;
		for (int page = 1;; page++) {
			FigureRecords.Records found = this.records.of(coordinator.id(), Measure.EVENTS_HELD, YEAR, dashboard.asOf(),
					region, page);
			listed = found.total();
			listedAttendances += found.rows().stream().mapToLong((row) -> Long.parseLong(row.cells().get(4))).sum();
			if (page * FigureRecords.PAGE_SIZE >= found.total()) {
				break;
			}
		}
		assertThat(listed).isEqualTo(held);
		assertThat(listedAttendances).isEqualTo(attendances);
		return new long[] { held, attendances };
	}

	private UUID event(String endsAt, RegionCode region, String cancelledAt) {
		UUID id = UUID.randomUUID();
		OffsetDateTime ends = OffsetDateTime.parse(endsAt);
		this.jdbc.sql("""
				insert into event (id, title, description, kind, audiences, starts_at, ends_at, online, venue,
				  venue_address, region_code, capacity, travel_paid, cancelled_at, created_at, updated_at)
				values (:id, 'Counted event', 'Counted', 'WORKSHOP', '{CARE_LEAVERS}', :starts, :ends, false, 'A hall',
				  '1 High Street', :region, 20, false, :cancelled, :starts, :starts)
				""")
			.param("id", id)
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
