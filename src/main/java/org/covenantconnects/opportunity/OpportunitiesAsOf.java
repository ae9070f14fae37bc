package org.covenantconnects.opportunity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.CountsAsOf;
import org.covenantconnects.platform.Listing;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How many opportunities had been published as of given moments: counts only, for the
 * Covenant's KPIs. An opportunity counts from when it was first published, whatever
 * became of it since.
 */
@Service
public class OpportunitiesAsOf {

	private final JdbcClient jdbc;

	private final Places places;

	OpportunitiesAsOf(JdbcClient jdbc, Places places) {
		this.jdbc = jdbc;
		this.places = places;
	}

	/**
	 * Opportunities first published from the first moment to each moment (none to the
	 * first), read from the opportunities published in that period alone, through the
	 * index of publication times; with regions or councils, those open to all England, to
	 * any of the regions or to any of the councils; with an orientation, those of a type
	 * of that orientation only.
	 */
	public List<Long> publishedSinceFirst(List<Instant> moments, @Nullable Collection<RegionCode> regions,
			@Nullable Collection<LocalAuthorityId> councils, @Nullable Orientation orientation) {
		if (moments.isEmpty()) {
			return List.of();
		}
		String since = "since";
		String kept = keptArea(regions, councils);
		String months = "";
		if (kept != null) {
			// The whole months come from the counts kept by month (ADR 064); only the
			// opportunities published since the last whole month are read one by one.
			since = "counted";
			months = """
					select width_bucket(month_began, (select cast(:moments as timestamptz[]))) as bucket,
					  sum(published) as n
					from opportunity_published_by_month
					where area = :area and type = any(cast(:types as text[])) and month_began >= :since
					  and month_began < :counted
					group by bucket
					union all
					""";
		}
		// The arrays asked for are read once, in "asked", rather than for each
		// opportunity.
		return CountsAsOf.count(this.jdbc, months + """
				(with asked as materialized (
				  select cast(:types as text[]) as types, cast(:regions as varchar(9)[]) as regions,
				    cast(:councils as int[]) as councils
				)
				select width_bucket(o.published_at, (select cast(:moments as timestamptz[]))) as bucket, count(*) as n
				from asked cross join opportunity o
				where o.published_at >= :%s and o.published_at < :until and o.type = any(asked.types)
				  and ((cardinality(asked.regions) = 0 and cardinality(asked.councils) = 0) or o.scope = 'NATIONAL'
				    or o.regions && asked.regions or o.councils && asked.councils)
				group by bucket)
				""".formatted(since),
				Map.of("regions", regionsParam(regions), "councils", councilsParam(councils), "types",
						types(orientation), "since", OffsetDateTime.ofInstant(moments.get(0), ZoneOffset.UTC), "until",
						OffsetDateTime.ofInstant(moments.get(moments.size() - 1), ZoneOffset.UTC), "counted",
						OffsetDateTime.ofInstant(CountsAsOf.countedOneByOne(moments), ZoneOffset.UTC), "area",
						(kept != null) ? kept : ""),
				moments);
	}

	/**
	 * The place whose counts are kept by month that answers for these regions and
	 * councils, or {@code null} when none does (several councils, as in a patch): all
	 * England; one region; or one council with its own region.
	 */
	private @Nullable String keptArea(@Nullable Collection<RegionCode> regions,
			@Nullable Collection<LocalAuthorityId> councils) {
		List<RegionCode> inRegions = (regions != null) ? List.copyOf(regions) : List.of();
		List<LocalAuthorityId> inCouncils = (councils != null) ? List.copyOf(councils) : List.of();
		if (inCouncils.isEmpty()) {
			return CountsAsOf.keptPlace(inRegions.stream().map(RegionCode::value).toList(), List.of());
		}
		// A council's counts take in what is open in its region: they answer only when
		// the
		// council is asked for with its own region.
		boolean withItsRegion = inCouncils.size() == 1 && inRegions.size() == 1
				&& this.places.localAuthority(inCouncils.get(0))
					.filter((council) -> council.region().equals(inRegions.get(0)))
					.isPresent();
		return withItsRegion ? CountsAsOf.keptPlace(List.of(), List.of(inCouncils.get(0).value())) : null;
	}

	/**
	 * The opportunities behind the figures above: those first published from
	 * {@code since} to {@code moment}, most recent first.
	 */
	public Listing<Published> publishedBy(Instant since, Instant moment, @Nullable Collection<RegionCode> regions,
			@Nullable Collection<LocalAuthorityId> councils, int offset, int limit) {
		return publishedBy(since, moment, regions, councils, null, offset, limit);
	}

	/**
	 * The opportunities behind the figure above, as above; with an orientation, those of
	 * a type of that orientation only.
	 */
	public Listing<Published> publishedBy(Instant since, Instant moment, @Nullable Collection<RegionCode> regions,
			@Nullable Collection<LocalAuthorityId> councils, @Nullable Orientation orientation, int offset, int limit) {
		long[] total = new long[1];
		List<Published> rows = this.jdbc.sql("""
				select id, title, organisation_name, published_at, count(*) over () as total
				from opportunity where published_at >= :since and published_at < :moment
				  and type = any(cast(:types as text[]))
				  and ((:regions = '{}' and :councils = '{}') or scope = 'NATIONAL'
				    or regions && cast(:regions as varchar(9)[]) or councils && cast(:councils as int[]))
				order by published_at desc, id limit :limit offset :offset
				""")
			.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.param("moment", OffsetDateTime.ofInstant(moment, ZoneOffset.UTC))
			.param("regions", regionsParam(regions))
			.param("councils", councilsParam(councils))
			.param("types", types(orientation))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				return new Published(new OpportunityId(rs.getObject("id", UUID.class)), rs.getString("title"),
						rs.getString("organisation_name"), rs.getTimestamp("published_at").toInstant());
			})
			.list();
		return Listing.of(rows, total);
	}

	/** The types of an orientation, or every type, as a PostgreSQL array of text. */
	private static String types(@Nullable Orientation orientation) {
		return CountsAsOf.texts(java.util.Arrays.stream(OpportunityType.values())
			.filter((type) -> orientation == null || type.orientation() == orientation)
			.map(Enum::name)
			.toList());
	}

	private static String regionsParam(@Nullable Collection<RegionCode> regions) {
		return CountsAsOf.texts((regions != null) ? regions.stream().map(RegionCode::value).toList() : List.of());
	}

	private static String councilsParam(@Nullable Collection<LocalAuthorityId> councils) {
		return CountsAsOf
			.integers((councils != null) ? councils.stream().map(LocalAuthorityId::value).toList() : List.of());
	}

	/** An opportunity, who offers it and when it was first published. */
	public record Published(OpportunityId id, String title, String organisation, Instant publishedAt) {

	}

}
