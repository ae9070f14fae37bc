package org.covenantconnects.careleaver;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.CountsAsOf;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Care leavers registered as of a day, added up from the counts the database keeps for
 * each month: the same figures as counting every profile, for month ends and days within
 * a month (across the clocks changing), in all England, by region and by council, as
 * profiles are made, moved to another region or council, or deleted.
 */
@ConnectsTest
class RegisteredByMonthTests {

	private static final RegionCode NORTH_EAST = new RegionCode("E12000001");

	private static final RegionCode LONDON = new RegionCode("E12000007");

	private static final LocalAuthorityId FIRST = new LocalAuthorityId(1);

	private static final LocalAuthorityId SECOND = new LocalAuthorityId(2);

	@Autowired
	private CareLeaversAsOf careLeavers;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private JdbcClient jdbc;

	/**
	 * Month ends from February to November 2019, and days within March (before and after
	 * the clocks went forward) and October (before and after they went back).
	 */
	private static List<Instant> moments(LocalDate... within) {
		List<Instant> moments = new ArrayList<>();
		for (int month = 1; month <= 11; month++) {
			LocalDate end = LocalDate.of(2019, month, 1).plusMonths(1).minusDays(1);
			moments.add(CountsAsOf.endOf(end));
		}
		for (LocalDate day : within) {
			moments.add(CountsAsOf.endOf(day));
		}
		moments.sort(null);
		return moments;
	}

	@Test
	void theMonthsKeptGiveTheFiguresEveryProfileGives() {
		AccountId january = registered("2019-01-15T10:00:00Z", LONDON, FIRST);
		AccountId lateMarch = registered("2019-03-31T00:30:00Z", LONDON, SECOND);
		AccountId octoberNight = registered("2019-10-31T23:30:00Z", NORTH_EAST, FIRST);
		registered("2019-06-30T23:30:00Z", NORTH_EAST, SECOND);
		registered("2019-10-27T00:30:00Z", LONDON, FIRST);
		List<List<Instant>> each = List.of(moments(), moments(LocalDate.of(2019, 3, 30)),
				moments(LocalDate.of(2019, 3, 31), LocalDate.of(2019, 10, 27)), moments(LocalDate.of(2019, 10, 26)));
		sameAsEveryProfile(each);

		// Moved to another region and council, and to another month: the counts follow.
		this.jdbc
			.sql("update care_leaver set region_code = :region, local_authority_id = :council where account_id = :id")
			.param("region", NORTH_EAST.value())
			.param("council", SECOND.value())
			.param("id", january.value())
			.update();
		this.jdbc.sql("update care_leaver set created_at = :at where account_id = :id")
			.param("at", OffsetDateTime.parse("2019-05-01T12:00:00Z"))
			.param("id", lateMarch.value())
			.update();
		// A change that moves no count.
		this.jdbc.sql("update care_leaver set ambitions = 'To travel' where account_id = :id")
			.param("id", octoberNight.value())
			.update();
		sameAsEveryProfile(each);

		// Deleted: no longer counted, as before.
		this.jdbc.sql("delete from care_leaver where account_id = :id").param("id", octoberNight.value()).update();
		sameAsEveryProfile(each);
	}

	@Test
	void aMonthsProfilesCountFromTheMonthTheyWereMadeInEngland() {
		List<Instant> ends = List.of(CountsAsOf.endOf(LocalDate.of(2018, 3, 31)),
				CountsAsOf.endOf(LocalDate.of(2018, 4, 30)), CountsAsOf.endOf(LocalDate.of(2018, 4, 15)));
		List<Instant> moments = List.of(ends.get(0), ends.get(2), ends.get(1));
		List<Long> before = this.careLeavers.registered(moments, null, List.of(FIRST));
		// 23:30 on 31 March in UTC is half past midnight on 1 April in England.
		registered("2018-03-31T23:30:00Z", LONDON, FIRST);
		registered("2018-04-20T09:00:00Z", LONDON, FIRST);
		List<Long> after = this.careLeavers.registered(moments, null, List.of(FIRST));
		assertThat(List.of(after.get(0) - before.get(0), after.get(1) - before.get(1), after.get(2) - before.get(2)))
			.containsExactly(0L, 1L, 2L);
	}

	private void sameAsEveryProfile(List<List<Instant>> each) {
		for (List<Instant> moments : each) {
			assertThat(this.careLeavers.registered(moments, null, null)).isEqualTo(everyProfile(moments, null, null));
			for (RegionCode region : List.of(LONDON, NORTH_EAST)) {
				assertThat(this.careLeavers.registered(moments, List.of(region), null))
					.isEqualTo(everyProfile(moments, region, null));
			}
			for (LocalAuthorityId council : List.of(FIRST, SECOND)) {
				assertThat(this.careLeavers.registered(moments, null, List.of(council)))
					.isEqualTo(everyProfile(moments, null, council));
			}
			assertThat(this.careLeavers.registered(moments, List.of(LONDON), List.of(FIRST)))
				.isEqualTo(everyProfile(moments, LONDON, FIRST));
		}
	}

	/** The figure as it was counted before months were kept: every profile read. */
	private List<Long> everyProfile(List<Instant> moments, @Nullable RegionCode region,
			@Nullable LocalAuthorityId council) {
		return moments.stream()
			.map((moment) -> this.jdbc.sql("""
					select count(*) from care_leaver where created_at < :moment
					  and (cast(:region as text) is null or region_code = :region)
					  and (cast(:council as integer) is null or local_authority_id = :council)
					""")
				.param("moment", OffsetDateTime.ofInstant(moment, ZoneOffset.UTC))
				.param("region", (region != null) ? region.value() : null)
				.param("council", (council != null) ? council.value() : null)
				.query(Long.class)
				.single())
			.toList();
	}

	private AccountId registered(String at, RegionCode region, LocalAuthorityId council) {
		AccountId id = this.fixtures.careLeaver("Month").id();
		this.jdbc.sql("""
				update care_leaver set created_at = :at, region_code = :region, local_authority_id = :council
				where account_id = :id
				""")
			.param("at", OffsetDateTime.parse(at))
			.param("region", region.value())
			.param("council", council.value())
			.param("id", id.value())
			.update();
		return id;
	}

}
