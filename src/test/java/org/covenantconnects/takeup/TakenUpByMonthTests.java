package org.covenantconnects.takeup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.Orientation;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.CountsAsOf;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Take-ups of a year, and the different young people who took them up, added up from the
 * counts the database keeps by month: the same figures as reading every take-up of the
 * year, for month ends and days within a month (across the clocks changing), in all
 * England, a region, a council and several councils, of each orientation and of every
 * type, as take-ups are taken up, change type, place or moment, lose their young person
 * (an account deleted) and are removed.
 */
@ConnectsTest
class TakenUpByMonthTests {

	private static final RegionCode NORTH_EAST = new RegionCode("E12000001");

	private static final RegionCode LONDON = new RegionCode("E12000007");

	private static final LocalAuthorityId DURHAM = new LocalAuthorityId(1);

	private static final LocalAuthorityId GATESHEAD = new LocalAuthorityId(2);

	/** The year from April 2018, from its start. */
	private static final Instant SINCE = CountsAsOf.endOf(LocalDate.of(2018, 3, 31));

	@Autowired
	private TakeUpsAsOf takeUps;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Fixtures fixtures;

	/**
	 * The eve of the year, month ends to the end of the year, and days within October
	 * (before and after the clocks went back) and March (after they went forward).
	 */
	private static List<Instant> moments(LocalDate... within) {
		List<Instant> moments = new ArrayList<>();
		moments.add(SINCE);
		for (int month = 0; month < 12; month++) {
			LocalDate end = LocalDate.of(2018, 4, 1).plusMonths(month + 1).minusDays(1);
			moments.add(CountsAsOf.endOf(end));
		}
		for (LocalDate day : within) {
			moments.add(CountsAsOf.endOf(day));
		}
		moments.sort(null);
		return moments;
	}

	@Test
	void theMonthsKeptGiveTheFiguresEveryTakeUpGives() {
		UUID ash = this.fixtures.careLeaver("Ash").id().value();
		UUID bo = this.fixtures.careLeaver("Bo").id().value();
		UUID cal = this.fixtures.careLeaver("Cal").id().value();
		// Before the year, and in the next: counted in neither figure of this year.
		takeUp(ash, OpportunityType.JOB, DURHAM, NORTH_EAST, "2018-03-31T22:30:00Z");
		takeUp(bo, OpportunityType.JOB, DURHAM, NORTH_EAST, "2019-04-02T09:00:00Z");
		UUID ashsFirst = takeUp(ash, OpportunityType.APPRENTICESHIP, DURHAM, NORTH_EAST, "2018-03-31T23:30:00Z");
		takeUp(ash, OpportunityType.JOB, GATESHEAD, NORTH_EAST, "2018-06-15T12:00:00Z");
		UUID bosTickets = takeUp(bo, OpportunityType.FREE_TICKETS_OR_ACTIVITY, GATESHEAD, NORTH_EAST,
				"2018-10-28T00:30:00Z");
		takeUp(bo, OpportunityType.FREE_TICKETS_OR_ACTIVITY, GATESHEAD, NORTH_EAST, "2018-11-01T10:00:00Z");
		UUID calsJob = takeUp(cal, OpportunityType.JOB, new LocalAuthorityId(100), LONDON, "2018-10-27T23:30:00Z");
		takeUp(cal, OpportunityType.MENTORING, new LocalAuthorityId(100), LONDON, "2019-03-31T00:30:00Z");
		takeUp(null, OpportunityType.INTERNSHIP, DURHAM, NORTH_EAST, "2018-07-01T08:00:00Z");
		List<List<Instant>> each = List.of(moments(), moments(LocalDate.of(2018, 10, 27)),
				moments(LocalDate.of(2018, 10, 28), LocalDate.of(2019, 3, 31)), moments(LocalDate.of(2018, 4, 1)));
		sameAsEveryTakeUp(each);

		// Another type, place and moment (its history's change moved): the counts follow.
		this.jdbc.sql("update take_up set opportunity_type = 'JOB', local_authority_id = 1 where id = :id")
			.param("id", bosTickets)
			.update();
		this.jdbc.sql("update take_up set region_code = 'E12000001' where id = :id").param("id", calsJob).update();
		this.jdbc.sql("update take_up_event set occurred_at = :at where take_up_id = :id")
			.param("at", OffsetDateTime.parse("2018-05-05T05:00:00Z"))
			.param("id", calsJob)
			.update();
		// A change that moves no count.
		this.jdbc.sql("update take_up set reminded_at = now() where account_id = :id").param("id", ash).update();
		sameAsEveryTakeUp(each);

		// A young person deletes their account: their take-ups stay, without them.
		this.jdbc.sql("update take_up set account_id = null where account_id = :id").param("id", bo).update();
		sameAsEveryTakeUp(each);

		// Removed: no longer counted, and the next take-up is the young person's first.
		this.jdbc.sql("delete from take_up where id = :id").param("id", ashsFirst).update();
		sameAsEveryTakeUp(each);
	}

	@Test
	void theDatabaseGivesEachTypeTheOrientationTheServiceGivesIt() {
		for (OpportunityType type : OpportunityType.values()) {
			assertThat(this.jdbc.sql("select take_up_orientation(:type)")
				.param("type", type.name())
				.query(String.class)
				.single()).as(type.name()).isEqualTo(type.orientation().name());
		}
	}

	private void sameAsEveryTakeUp(List<List<Instant>> each) {
		List<List<RegionCode>> regions = List.of(List.of(), List.of(NORTH_EAST), List.of(LONDON), List.of(), List.of(),
				List.of());
		List<List<LocalAuthorityId>> councils = List.of(List.of(), List.of(), List.of(), List.of(DURHAM),
				List.of(GATESHEAD), List.of(DURHAM, GATESHEAD));
		for (List<Instant> moments : each) {
			for (int i = 0; i < regions.size(); i++) {
				Map<Orientation, TakeUpsAsOf.TakenUp> byOrientation = this.takeUps
					.takenUp(EnumSet.allOf(Orientation.class), SINCE, moments, regions.get(i), councils.get(i));
				for (Orientation orientation : Orientation.values()) {
					assertThat(byOrientation.get(orientation))
						.as("%s in %s %s at %s", orientation, regions.get(i), councils.get(i), moments)
						.isEqualTo(everyTakeUp(moments, regions.get(i), councils.get(i), orientation));
				}
				assertThat(this.takeUps.takenUp((Orientation) null, SINCE, moments, regions.get(i), councils.get(i)))
					.as("every type in %s %s at %s", regions.get(i), councils.get(i), moments)
					.isEqualTo(everyTakeUp(moments, regions.get(i), councils.get(i), null));
			}
		}
	}

	/** The figures as they were counted before months were kept: every take-up read. */
	private TakeUpsAsOf.TakenUp everyTakeUp(List<Instant> moments, List<RegionCode> regions,
			List<LocalAuthorityId> councils, @Nullable Orientation orientation) {
		String types = CountsAsOf.texts(Arrays.stream(OpportunityType.values())
			.filter((type) -> orientation == null || type.orientation() == orientation)
			.map(Enum::name)
			.toList());
		List<Long> takenUp = new ArrayList<>();
		List<Long> people = new ArrayList<>();
		for (Instant moment : moments) {
			this.jdbc
				.sql("""
						select count(*) as taken_up, count(distinct account_id) as people from take_up
						where taken_up_at >= :since and taken_up_at < :moment and opportunity_type = any(cast(:types as text[]))
						  and (:regions = '{}' or region_code = any(cast(:regions as text[])))
						  and (:councils = '{}' or local_authority_id = any(cast(:councils as int[])))
						""")
				.param("since", OffsetDateTime.ofInstant(SINCE, ZoneOffset.UTC))
				.param("moment", OffsetDateTime.ofInstant(moment, ZoneOffset.UTC))
				.param("types", types)
				.param("regions", CountsAsOf.texts(regions.stream().map(RegionCode::value).toList()))
				.param("councils", CountsAsOf.integers(councils.stream().map(LocalAuthorityId::value).toList()))
				.query((rs) -> {
					takenUp.add(rs.getLong("taken_up"));
					people.add(rs.getLong("people"));
				});
		}
		return new TakeUpsAsOf.TakenUp(takenUp, people);
	}

	private UUID takeUp(@Nullable UUID account, OpportunityType type, LocalAuthorityId council, RegionCode region,
			String at) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into take_up (id, account_id, opportunity_id, signatory_id, status, created_at, updated_at,
				  opportunity_type, region_code, local_authority_id)
				values (:id, :account, :opportunity, :signatory, 'STARTED', :at, :at, :type, :region, :council)
				""")
			.param("id", id)
			.param("account", account)
			.param("opportunity", UUID.randomUUID())
			.param("signatory", UUID.randomUUID())
			.param("at", OffsetDateTime.parse(at))
			.param("type", type.name())
			.param("region", region.value())
			.param("council", council.value())
			.update();
		// Its history: the database keeps the moment it was taken up from it (V054).
		this.jdbc.sql("""
				insert into take_up_event (id, take_up_id, status, actor, occurred_at)
				values (:id, :takeUp, 'STARTED', 'SERVICE', :at)
				""").param("id", UUID.randomUUID()).param("takeUp", id).param("at", OffsetDateTime.parse(at)).update();
		return id;
	}

}
