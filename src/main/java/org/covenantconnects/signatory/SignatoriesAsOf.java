package org.covenantconnects.signatory;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.CountsAsOf;
import org.covenantconnects.platform.Listing;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How many organisations had signed the Covenant as of given moments: counts only, for
 * the Covenant's goals. An organisation counts from the start of the day it signed (or,
 * with no date recorded, from when it reached the signed stage) until it lapsed.
 */
@Service
public class SignatoriesAsOf {

	private static final String SIGNED_AT = """
			coalesce(signed_on::timestamp at time zone 'Europe/London',
			  case when stage = 'SIGNED' then stage_changed_at end)""";

	private static final String IN_REGION = "(:regions = '{}' or national or regions && cast(:regions as varchar(9)[]))";

	private final JdbcClient jdbc;

	SignatoriesAsOf(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Organisations that had signed before each moment, lapsed or not since; with
	 * regions, those working nationally or in any of them.
	 */
	public List<Long> everSigned(List<Instant> moments, @Nullable Collection<RegionCode> regions) {
		String area = keptArea(regions);
		if (area == null) {
			return CountsAsOf.count(this.jdbc, """
					select width_bucket(%s, (select cast(:moments as timestamptz[]))) as bucket, count(*) as n
					from signatory where %s is not null and %s group by bucket
					""".formatted(SIGNED_AT, SIGNED_AT, IN_REGION), params(regions), moments);
		}
		// The whole months from the counts kept by month (ADR 064); one by one only those
		// that signed since, found first through the indexes of their signing date and of
		// their stage's moment, each a bounded range so that a prepared statement's plan
		// for any values still uses them ("offset 0" keeps that first: the signing moment
		// and the regions are then worked out for those few alone).
		return CountsAsOf.count(this.jdbc, """
				select width_bucket(month_began, (select cast(:moments as timestamptz[]))) as bucket,
				  sum(signatories) as n
				from signatory_signed_by_month where area = :area and what = 'SIGNED' and month_began < :counted
				group by bucket
				union all
				select width_bucket(%s, (select cast(:moments as timestamptz[]))), count(*)
				from (
				  select * from signatory
				  where (signed_on >= cast(:dayBefore as date) and signed_on <= cast(:dayAfter as date))
				    or (stage = 'SIGNED' and stage_changed_at >= :counted and stage_changed_at < :until)
				  offset 0
				) signatory
				where %s >= :counted and %s < :until and %s
				group by 1
				""".formatted(SIGNED_AT, SIGNED_AT, SIGNED_AT, IN_REGION), keptParams(regions, area, moments), moments);
	}

	/** Organisations that had signed and then lapsed, before each moment. */
	public List<Long> lapsed(List<Instant> moments, @Nullable Collection<RegionCode> regions) {
		String area = keptArea(regions);
		if (area == null) {
			return CountsAsOf.count(this.jdbc,
					"""
							select width_bucket(stage_changed_at, (select cast(:moments as timestamptz[]))) as bucket, count(*) as n
							from signatory where stage = 'LAPSED' and %s is not null and %s group by bucket
							"""
						.formatted(SIGNED_AT, IN_REGION),
					params(regions), moments);
		}
		return CountsAsOf.count(this.jdbc, """
				select width_bucket(month_began, (select cast(:moments as timestamptz[]))) as bucket,
				  sum(signatories) as n
				from signatory_signed_by_month where area = :area and what = 'LAPSED' and month_began < :counted
				group by bucket
				union all
				select width_bucket(stage_changed_at, (select cast(:moments as timestamptz[]))), count(*)
				from signatory
				where stage = 'LAPSED' and stage_changed_at >= :counted and stage_changed_at < :until
				  and %s is not null and %s
				group by 1
				""".formatted(SIGNED_AT, IN_REGION), keptParams(regions, area, moments), moments);
	}

	/**
	 * The place whose counts are kept by month that answers for these regions: all
	 * England or one region; {@code null} for several (an organisation working in two of
	 * them counts once).
	 */
	private static @Nullable String keptArea(@Nullable Collection<RegionCode> regions) {
		return CountsAsOf.keptPlace((regions != null) ? regions.stream().map(RegionCode::value).toList() : List.of(),
				List.of());
	}

	private static Map<String, Object> keptParams(@Nullable Collection<RegionCode> regions, String area,
			List<Instant> moments) {
		Instant counted = CountsAsOf.countedOneByOne(moments);
		Instant until = moments.get(moments.size() - 1);
		return Map.of("regions", regionsParam(regions), "area", area, "counted",
				OffsetDateTime.ofInstant(counted, ZoneOffset.UTC), "until",
				OffsetDateTime.ofInstant(until, ZoneOffset.UTC), "dayBefore",
				counted.atZone(CountsAsOf.ENGLAND).toLocalDate().minusDays(1), "dayAfter",
				until.atZone(CountsAsOf.ENGLAND).toLocalDate().plusDays(1));
	}

	/**
	 * The organisations behind the figures above, most recently signed first: those that
	 * had signed from {@code since} to {@code moment}, and with {@code stillSigned} only
	 * those that had not lapsed by then.
	 */
	public Listing<Signed> signed(Instant since, Instant moment, boolean stillSigned,
			@Nullable Collection<RegionCode> regions, int offset, int limit) {
		long[] total = new long[1];
		List<Signed> rows = this.jdbc.sql("""
				select id, name, %s as signed_at, (stage = 'LAPSED' and stage_changed_at < :moment) as lapsed,
				  count(*) over () as total
				from signatory where %s >= :since and %s < :moment and %s
				  and (not :still or not (stage = 'LAPSED' and stage_changed_at < :moment))
				order by signed_at desc, name limit :limit offset :offset
				""".formatted(SIGNED_AT, SIGNED_AT, SIGNED_AT, IN_REGION))
			.param("regions", regionsParam(regions))
			.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.param("moment", OffsetDateTime.ofInstant(moment, ZoneOffset.UTC))
			.param("still", stillSigned)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				return new Signed(new SignatoryId(rs.getObject("id", UUID.class)), rs.getString("name"),
						rs.getTimestamp("signed_at").toInstant(), rs.getBoolean("lapsed"));
			})
			.list();
		return Listing.of(rows, total);
	}

	/** An organisation that had signed, when, and whether it had lapsed by the moment. */
	public record Signed(SignatoryId id, String name, Instant signedAt, boolean lapsed) {

	}

	private static Map<String, String> params(@Nullable Collection<RegionCode> regions) {
		return Map.of("regions", regionsParam(regions));
	}

	private static String regionsParam(@Nullable Collection<RegionCode> regions) {
		return CountsAsOf.texts((regions != null) ? regions.stream().map(RegionCode::value).toList() : List.of());
	}

}
