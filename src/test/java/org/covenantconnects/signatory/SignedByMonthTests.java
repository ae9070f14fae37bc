package org.covenantconnects.signatory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.CountsAsOf;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signatories as of a day, added up from the counts the database keeps by month: the same
 * figures as working out every organisation's signing, for month ends and days within a
 * month (across the clocks changing), in all England, a region and two regions, as
 * organisations sign (with a date recorded or without), lapse, change where they work and
 * are removed.
 */
@ConnectsTest
class SignedByMonthTests {

	private static final RegionCode NORTH_EAST = new RegionCode("E12000001");

	private static final RegionCode LONDON = new RegionCode("E12000007");

	@Autowired
	private SignatoriesAsOf signatories;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private JdbcClient jdbc;

	/**
	 * Month ends from March to November 2016, and days within March (the clocks going
	 * forward) and October (going back).
	 */
	private static List<Instant> moments(LocalDate... within) {
		List<Instant> moments = new ArrayList<>();
		for (int month = 3; month <= 11; month++) {
			moments.add(CountsAsOf.endOf(LocalDate.of(2016, month, 1).plusMonths(1).minusDays(1)));
		}
		for (LocalDate day : within) {
			moments.add(CountsAsOf.endOf(day));
		}
		moments.sort(null);
		return moments;
	}

	@Test
	void theMonthsKeptGiveTheFiguresEveryOrganisationGives() {
		SignatoryId national = organisation("2016-01-10", "SIGNED", "2016-01-10T12:00:00Z", true, "{}");
		SignatoryId northEast = organisation(null, "SIGNED", "2016-10-29T23:30:00Z", false, "{E12000001}");
		SignatoryId both = organisation("2016-03-27", "LAPSED", "2016-08-31T23:30:00Z", false, "{E12000001,E12000007}");
		organisation(null, "INTENT_SIGNED", "2016-05-05T10:00:00Z", false, "{E12000007}");
		SignatoryId london = organisation("2016-06-30", "SIGNED", "2016-06-29T10:00:00Z", false, "{E12000007}");
		List<List<Instant>> each = List.of(moments(), moments(LocalDate.of(2016, 3, 26)),
				moments(LocalDate.of(2016, 10, 29), LocalDate.of(2016, 10, 30)), moments(LocalDate.of(2016, 6, 29)));
		sameAsEveryOrganisation(each);

		// Lapsed, moved, signed on another day: the counts follow. Without a signing
		// date,
		// an organisation that lapses no longer counts as having signed.
		this.jdbc.sql("update signatory set stage = 'LAPSED', stage_changed_at = :at where id = :id")
			.param("at", OffsetDateTime.parse("2016-11-02T09:00:00Z"))
			.param("id", northEast.value())
			.update();
		this.jdbc.sql("update signatory set stage = 'LAPSED', stage_changed_at = :at where id = :id")
			.param("at", OffsetDateTime.parse("2016-09-15T09:00:00Z"))
			.param("id", london.value())
			.update();
		this.jdbc.sql(
				"update signatory set national = false, regions = '{E12000007}', signed_on = date '2016-04-30' where id = :id")
			.param("id", national.value())
			.update();
		// A change that moves no count.
		this.jdbc.sql("update signatory set name = name || ' Ltd' where id = :id").param("id", both.value()).update();
		sameAsEveryOrganisation(each);

		// Removed: no longer counted.
		this.jdbc.sql("delete from signatory_member where signatory_id = :id").param("id", both.value()).update();
		this.jdbc.sql("delete from signatory where id = :id").param("id", both.value()).update();
		sameAsEveryOrganisation(each);
	}

	private void sameAsEveryOrganisation(List<List<Instant>> each) {
		for (List<Instant> moments : each) {
			for (List<RegionCode> regions : List.of(List.<RegionCode>of(), List.of(NORTH_EAST), List.of(LONDON),
					List.of(NORTH_EAST, LONDON))) {
				assertThat(this.signatories.everSigned(moments, regions)).as("signed in %s at %s", regions, moments)
					.isEqualTo(everyOrganisation(moments, regions, false));
				assertThat(this.signatories.lapsed(moments, regions)).as("lapsed in %s at %s", regions, moments)
					.isEqualTo(everyOrganisation(moments, regions, true));
			}
		}
	}

	/**
	 * The figures as they were counted before months were kept: every organisation read.
	 */
	private List<Long> everyOrganisation(List<Instant> moments, List<RegionCode> regions, boolean lapsed) {
		return moments.stream()
			.map((moment) -> this.jdbc.sql("""
					select count(*) from signatory
					where case when :lapsed then stage = 'LAPSED' and stage_changed_at < :moment
					    and coalesce(signed_on::timestamp at time zone 'Europe/London',
					      case when stage = 'SIGNED' then stage_changed_at end) is not null
					  else coalesce(signed_on::timestamp at time zone 'Europe/London',
					    case when stage = 'SIGNED' then stage_changed_at end) < :moment end
					  and (:regions = '{}' or national or regions && cast(:regions as varchar(9)[]))
					""")
				.param("moment", OffsetDateTime.ofInstant(moment, ZoneOffset.UTC))
				.param("lapsed", lapsed)
				.param("regions", CountsAsOf.texts(regions.stream().map(RegionCode::value).toList()))
				.query(Long.class)
				.single())
			.toList();
	}

	private SignatoryId organisation(@Nullable String signedOn, String stage, String stageChangedAt, boolean national,
			String regions) {
		SignatoryId id = this.fixtures.organisation("Signed by month").id();
		this.jdbc.sql("""
				update signatory set signed_on = cast(:signedOn as date), stage = :stage, stage_changed_at = :at,
				  national = :national, regions = cast(:regions as varchar(9)[])
				where id = :id
				""")
			.param("signedOn", signedOn)
			.param("stage", stage)
			.param("at", OffsetDateTime.parse(stageChangedAt))
			.param("national", national)
			.param("regions", regions)
			.param("id", id.value())
			.update();
		return id;
	}

}
