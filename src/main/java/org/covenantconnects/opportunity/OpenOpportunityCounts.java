package org.covenantconnects.opportunity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.covenantconnects.opportunity.internal.Opportunity;
import org.covenantconnects.opportunity.internal.OpportunityRepository;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.RegionCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How many opportunities are open now in each council, and in all England or one region,
 * for the Covenant team's view of where opportunities are missing. Counts only. "Open" is
 * what the public sees ({@link OpportunityRepository#PUBLICLY_OPEN}), and an opportunity
 * is open in a place by the search's rule for that place ({@link Opportunities#search}):
 * in a council when it is open anywhere in England, in the council's region or in the
 * council itself; in a region when it is open anywhere in England, in the region or in
 * one of the region's councils. Each answer is one query that reads each open opportunity
 * once, whatever the number of councils.
 */
@Service
public class OpenOpportunityCounts {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	/**
	 * Of the open opportunities with the category and outcome asked for: those open
	 * anywhere in England (one row), those not open anywhere that hold each region, and
	 * those not open anywhere that name each council without holding its region. The
	 * three are apart, so a council's count is their sum for it, as the search's
	 * {@code scope = 'NATIONAL' or :councilRegion = any(regions) or :council =
	 * any(councils)}.
	 */
	private static final String BY_COUNCIL = """
			with open as materialized (
			  select id, scope, regions, councils from opportunity
			  where %s
			    and (:category = '' or category = :category)
			    and (:outcome = '' or :outcome = any(outcomes))
			), place as (
			  select council, region
			  from unnest(cast(:councils as integer[]), cast(:regions as text[])) as p (council, region)
			)
			select 'ENGLAND' as reach, '' as place, count(*) as n from open where scope = 'NATIONAL'
			union all
			select 'REGION', r.region, count(distinct o.id)
			from open o cross join unnest(o.regions) as r (region)
			where o.scope <> 'NATIONAL'
			group by r.region
			union all
			select 'COUNCIL', cast(p.council as text), count(distinct o.id)
			from open o cross join unnest(o.councils) as c (council) join place p on p.council = c.council
			where o.scope <> 'NATIONAL' and not (p.region = any(o.regions))
			group by p.council
			""".formatted(OpportunityRepository.PUBLICLY_OPEN);

	/** The search's rule for a region, or all England when none is given. */
	private static final String IN_AREA = """
			(:region = '' or scope = 'NATIONAL' or :region = any(regions)
			  or councils && cast(:regionCouncils as integer[]))
			""";

	private final JdbcClient jdbc;

	private final Places places;

	private final Clock clock;

	OpenOpportunityCounts(JdbcClient jdbc, Places places, Clock clock) {
		this.jdbc = jdbc;
		this.places = places;
		this.clock = clock;
	}

	/**
	 * How many open opportunities, of the category and towards the outcome if given, are
	 * open in each council; every council is in the answer, those with none at nought.
	 */
	public Map<LocalAuthorityId, Long> byCouncil(@Nullable Category category, @Nullable Outcome outcome) {
		Collection<LocalAuthority> councils = this.places.localAuthorities();
		long[] everywhere = { 0 };
		Map<String, Long> inRegion = new HashMap<>();
		Map<Integer, Long> namingCouncil = new HashMap<>();
		this.jdbc.sql(BY_COUNCIL)
			.params(open())
			.param("category", (category != null) ? category.name() : "")
			.param("outcome", (outcome != null) ? outcome.name() : "")
			.param("councils", literal(councils.stream().map((c) -> String.valueOf(c.id().value()))))
			.param("regions", literal(councils.stream().map((c) -> c.region().value())))
			.query((rs) -> {
				switch (rs.getString("reach")) {
					case "ENGLAND" -> everywhere[0] = rs.getLong("n");
					case "REGION" -> inRegion.put(rs.getString("place"), rs.getLong("n"));
					default -> namingCouncil.put(Integer.valueOf(rs.getString("place")), rs.getLong("n"));
				}
			});
		Map<LocalAuthorityId, Long> counts = new HashMap<>();
		for (LocalAuthority council : councils) {
			counts.put(council.id(), everywhere[0] + inRegion.getOrDefault(council.region().value(), 0L)
					+ namingCouncil.getOrDefault(council.id().value(), 0L));
		}
		return counts;
	}

	/**
	 * How many open opportunities of each category, towards the outcome if given, are
	 * open in the region, or anywhere in England when none is given; every category is in
	 * the answer.
	 */
	public Map<Category, Long> byCategory(@Nullable RegionCode region, @Nullable Outcome outcome) {
		Map<Category, Long> counts = new EnumMap<>(Category.class);
		for (Category category : Category.values()) {
			counts.put(category, 0L);
		}
		this.jdbc
			.sql("select category, count(*) as n from opportunity where " + OpportunityRepository.PUBLICLY_OPEN
					+ " and (:outcome = '' or :outcome = any(outcomes)) and " + IN_AREA + " group by category")
			.params(open())
			.params(area(region))
			.param("outcome", (outcome != null) ? outcome.name() : "")
			.query((rs) -> {
				counts.put(Category.valueOf(rs.getString("category")), rs.getLong("n"));
			});
		return counts;
	}

	/**
	 * How many open opportunities, of the category if given, work towards each outcome in
	 * the region, or anywhere in England when none is given; every outcome is in the
	 * answer. An opportunity working towards two outcomes counts for both.
	 */
	public Map<Outcome, Long> byOutcome(@Nullable RegionCode region, @Nullable Category category) {
		Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
		for (Outcome outcome : Outcome.values()) {
			counts.put(outcome, 0L);
		}
		this.jdbc
			.sql("select outcome, count(distinct id) as n from opportunity cross join unnest(outcomes) as outcome"
					+ " where " + OpportunityRepository.PUBLICLY_OPEN
					+ " and (:category = '' or category = :category) and " + IN_AREA + " group by outcome")
			.params(open())
			.params(area(region))
			.param("category", (category != null) ? category.name() : "")
			.query((rs) -> {
				counts.put(Outcome.valueOf(rs.getString("outcome")), rs.getLong("n"));
			});
		return counts;
	}

	private Map<String, Object> open() {
		return Map.of("today", LocalDate.now(this.clock.withZone(ENGLAND)), "hideBefore",
				OffsetDateTime.ofInstant(this.clock.instant().minus(Opportunity.RECONFIRM_GRACE), ZoneOffset.UTC));
	}

	private Map<String, Object> area(@Nullable RegionCode region) {
		return Map.of("region", (region != null) ? region.value() : "", "regionCouncils",
				literal(this.places.localAuthorities()
					.stream()
					.filter((council) -> council.region().equals(region))
					.map((council) -> String.valueOf(council.id().value()))));
	}

	/** An array literal of plain values (numbers and region codes: nothing to quote). */
	private static String literal(java.util.stream.Stream<String> values) {
		return values.collect(Collectors.joining(",", "{", "}"));
	}

}
