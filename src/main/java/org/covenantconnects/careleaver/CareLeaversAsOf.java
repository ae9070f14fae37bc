package org.covenantconnects.careleaver;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.CountsAsOf;
import org.covenantconnects.platform.Listing;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How many care leavers were registered on Connects as of given moments: counts only, for
 * the Covenant's goals. A care leaver counts from the moment their profile was made; the
 * figure for a moment is not changed by anyone who registers later. The database keeps
 * how many profiles were made in each month by region and by council (ADR 057), so a
 * figure reads those counts and the profiles of one month at most.
 */
@Service
public class CareLeaversAsOf {

	/** No regions or no councils, as a PostgreSQL array: no narrowing. */
	private static final String NONE = "{}";

	private final JdbcClient jdbc;

	CareLeaversAsOf(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Care leavers registered before each moment; with regions, those living in any of
	 * them; with councils, those any of them looked after.
	 * @param moments earliest first
	 */
	public List<Long> registered(List<Instant> moments, @Nullable Collection<RegionCode> livingIn,
			@Nullable Collection<LocalAuthorityId> lookedAfterBy) {
		String regions = regionsParam(livingIn);
		String councils = councilsParam(lookedAfterBy);
		if (moments.isEmpty()) {
			return List.of();
		}
		boolean byCouncil = !NONE.equals(councils);
		if (byCouncil && !NONE.equals(regions)) {
			// Months are counted by region and by council apart, not by both at once.
			return CountsAsOf.count(this.jdbc, """
					select width_bucket(created_at, (select cast(:moments as timestamptz[]))) as bucket, count(*) as n
					from care_leaver where region_code = any(cast(:regions as text[]))
					  and local_authority_id = any(cast(:councils as int[]))
					group by bucket
					""", Map.of("regions", regions, "councils", councils), moments);
		}
		// The months before the counted one are added up from the counts kept for each
		// month, each in the bucket of the moment it began: exact for a moment at the
		// start of a month, and for every moment from the counted month on. The profiles
		// made from its start to the last moment are counted one by one (those made
		// since count as of no moment asked for: a past year's would be every profile
		// made since it ended).
		String months = byCouncil
				? """
						select width_bucket(month_began, (select cast(:moments as timestamptz[]))) as bucket, sum(registered) as n
						from care_leaver_registered_by_council
						where local_authority_id = any(cast(:councils as int[])) and month_began < :counted
						group by bucket
						"""
				: """
						select width_bucket(month_began, (select cast(:moments as timestamptz[]))) as bucket, sum(registered) as n
						from care_leaver_registered_in_region
						where (:regions = '{}' or region_code = any(cast(:regions as text[]))) and month_began < :counted
						group by bucket
						""";
		return CountsAsOf.count(this.jdbc, months + """
				union all
				select width_bucket(created_at, (select cast(:moments as timestamptz[]))), count(*)
				from care_leaver where created_at >= :counted and created_at < :until
				  and (:regions = '{}' or region_code = any(cast(:regions as text[])))
				  and (:councils = '{}' or local_authority_id = any(cast(:councils as int[])))
				group by 1
				""",
				Map.of("regions", regions, "councils", councils, "counted",
						OffsetDateTime.ofInstant(CountsAsOf.countedOneByOne(moments), ZoneOffset.UTC), "until",
						OffsetDateTime.ofInstant(moments.get(moments.size() - 1), ZoneOffset.UTC)),
				moments);
	}

	/**
	 * The care leavers behind the figure above as of a moment, most recently registered
	 * first: personal data, so the caller writes each one listed to the audit trail.
	 */
	public Listing<Registered> registeredBy(Instant moment, @Nullable Collection<RegionCode> livingIn,
			@Nullable Collection<LocalAuthorityId> lookedAfterBy, int offset, int limit) {
		long[] total = new long[1];
		List<Registered> rows = this.jdbc
			.sql("""
					select account_id, coalesce(preferred_name, full_name) as name, local_authority_id, created_at,
					  count(*) over () as total
					from care_leaver where created_at < :moment and (:regions = '{}' or region_code = any(cast(:regions as text[])))
					  and (:councils = '{}' or local_authority_id = any(cast(:councils as int[])))
					order by created_at desc, account_id limit :limit offset :offset
					""")
			.param("moment", OffsetDateTime.ofInstant(moment, ZoneOffset.UTC))
			.param("regions", regionsParam(livingIn))
			.param("councils", councilsParam(lookedAfterBy))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				return new Registered(new AccountId(rs.getObject("account_id", UUID.class)), rs.getString("name"),
						new LocalAuthorityId(rs.getInt("local_authority_id")),
						rs.getTimestamp("created_at").toInstant());
			})
			.list();
		return Listing.of(rows, total);
	}

	private static String regionsParam(@Nullable Collection<RegionCode> regions) {
		return CountsAsOf.texts((regions != null) ? regions.stream().map(RegionCode::value).toList() : List.of());
	}

	private static String councilsParam(@Nullable Collection<LocalAuthorityId> councils) {
		return CountsAsOf
			.integers((councils != null) ? councils.stream().map(LocalAuthorityId::value).toList() : List.of());
	}

	/**
	 * A care leaver registered on Connects: the name they use, their council and when.
	 */
	public record Registered(AccountId account, String name, LocalAuthorityId council, Instant registeredAt) {

	}

}
