package org.covenantconnects.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.CountsAsOf;
import org.covenantconnects.signatory.SignatoryId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opportunities published as of a day, added up from the counts the database keeps for
 * each month, place and type: the same figures as reading every opportunity, for month
 * ends and days within a month (across the clocks changing), in all England, a region, a
 * council and several councils, of every orientation, as opportunities are published,
 * change their type or where they are open, and are removed.
 */
@ConnectsTest
class PublishedByMonthTests {

	private static final RegionCode NORTH_EAST = new RegionCode("E12000001");

	private static final RegionCode NORTH_WEST = new RegionCode("E12000002");

	/** County Durham, in the North East. */
	private static final LocalAuthorityId DURHAM = new LocalAuthorityId(1);

	@Autowired
	private OpportunitiesAsOf opportunities;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private JdbcClient jdbc;

	/**
	 * From the end of March 2017, month ends to November 2017, and days within March
	 * (after the clocks went forward) and October (before and after they went back).
	 */
	private static List<Instant> moments(LocalDate... within) {
		List<Instant> moments = new ArrayList<>();
		for (int month = 3; month <= 11; month++) {
			LocalDate end = LocalDate.of(2017, month, 1).plusMonths(1).minusDays(1);
			moments.add(CountsAsOf.endOf(end));
		}
		for (LocalDate day : within) {
			moments.add(CountsAsOf.endOf(day));
		}
		moments.sort(null);
		return moments;
	}

	@Test
	void theMonthsKeptGiveTheFiguresEveryOpportunityGives() {
		SignatoryId organisation = this.fixtures.organisation("Published by month").id();
		OpportunityId national = published(organisation, "2017-04-15T10:00:00Z", "NATIONAL", "{}", "{}", "JOB");
		OpportunityId northEast = published(organisation, "2017-04-30T23:30:00Z", "REGIONS", "{E12000001}", "{}",
				"FREE_TICKETS_OR_ACTIVITY");
		OpportunityId durham = published(organisation, "2017-10-29T00:30:00Z", "COUNCILS", "{}", "{1}", "MENTORING");
		published(organisation, "2017-06-30T23:30:00Z", "REGIONS", "{E12000002,E12000001}", "{}", "APPRENTICESHIP");
		published(organisation, "2017-08-02T09:00:00Z", "COUNCILS", "{}", "{1,40}", "JOB");
		List<List<Instant>> each = List.of(moments(), moments(LocalDate.of(2017, 4, 30)),
				moments(LocalDate.of(2017, 10, 28), LocalDate.of(2017, 10, 29)), moments(LocalDate.of(2017, 11, 14)));
		sameAsEveryOpportunity(each);

		// Open somewhere else, of another type, published in another month: the counts
		// follow.
		this.jdbc
			.sql("update opportunity set scope = 'REGIONS', regions = '{E12000002}', councils = '{}' where id = :id")
			.param("id", durham.value())
			.update();
		this.jdbc.sql("update opportunity set type = 'JOB', published_at = :at where id = :id")
			.param("at", OffsetDateTime.parse("2017-09-01T12:00:00Z"))
			.param("id", northEast.value())
			.update();
		// A change that moves no count.
		this.jdbc.sql("update opportunity set title = 'Renamed' where id = :id").param("id", national.value()).update();
		sameAsEveryOpportunity(each);

		// Removed: no longer counted, as before.
		this.jdbc.sql("delete from opportunity where id = :id").param("id", national.value()).update();
		sameAsEveryOpportunity(each);
	}

	private void sameAsEveryOpportunity(List<List<Instant>> each) {
		List<List<RegionCode>> regions = List.of(List.of(), List.of(NORTH_EAST), List.of(NORTH_WEST),
				List.of(NORTH_EAST), List.of(NORTH_EAST, NORTH_WEST));
		List<List<LocalAuthorityId>> councils = List.of(List.of(), List.of(), List.of(), List.of(DURHAM),
				List.of(DURHAM, new LocalAuthorityId(40)));
		for (List<Instant> moments : each) {
			for (int i = 0; i < regions.size(); i++) {
				for (Orientation orientation : new Orientation[] { null, Orientation.EMPLOYMENT,
						Orientation.LEISURE }) {
					assertThat(this.opportunities.publishedSinceFirst(moments, regions.get(i), councils.get(i),
							orientation))
						.as("%s in %s %s", orientation, regions.get(i), councils.get(i))
						.isEqualTo(everyOpportunity(moments, regions.get(i), councils.get(i), orientation));
				}
			}
		}
	}

	/** The figure as it was counted before months were kept: every opportunity read. */
	private List<Long> everyOpportunity(List<Instant> moments, List<RegionCode> regions,
			List<LocalAuthorityId> councils, @Nullable Orientation orientation) {
		String types = CountsAsOf.texts(java.util.Arrays.stream(OpportunityType.values())
			.filter((type) -> orientation == null || type.orientation() == orientation)
			.map(Enum::name)
			.toList());
		return moments.stream()
			.map((moment) -> this.jdbc.sql("""
					select count(*) from opportunity
					where published_at >= :since and published_at < :moment and type = any(cast(:types as text[]))
					  and ((:regions = '{}' and :councils = '{}') or scope = 'NATIONAL'
					    or regions && cast(:regions as varchar(9)[]) or councils && cast(:councils as int[]))
					""")
				.param("since", OffsetDateTime.ofInstant(moments.get(0), ZoneOffset.UTC))
				.param("moment", OffsetDateTime.ofInstant(moment, ZoneOffset.UTC))
				.param("types", types)
				.param("regions", CountsAsOf.texts(regions.stream().map(RegionCode::value).toList()))
				.param("councils", CountsAsOf.integers(councils.stream().map(LocalAuthorityId::value).toList()))
				.query(Long.class)
				.single())
			.toList();
	}

	private OpportunityId published(SignatoryId organisation, String at, String scope, String regions, String councils,
			String type) {
		OpportunityId id = this.fixtures.publish(organisation, Fixtures.opportunity("By month " + type));
		this.jdbc.sql("""
				update opportunity set published_at = :at, scope = :scope, regions = cast(:regions as varchar(9)[]),
				  councils = cast(:councils as int[]), type = :type
				where id = :id
				""")
			.param("at", OffsetDateTime.parse(at))
			.param("scope", scope)
			.param("regions", regions)
			.param("councils", councils)
			.param("type", type)
			.param("id", id.value())
			.update();
		return id;
	}

}
