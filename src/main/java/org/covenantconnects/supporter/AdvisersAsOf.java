package org.covenantconnects.supporter;

import java.time.Instant;
import java.util.List;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.platform.CountsAsOf;
import org.covenantconnects.platform.Listing;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How many councils' personal advisers were verified on Connects as of given moments:
 * counts only, for the Covenant's KPIs. An adviser counts from when they were verified
 * (by a coordinator, or on confirming an address at an allowed council domain).
 */
@Service
public class AdvisersAsOf {

	private final JdbcClient jdbc;

	AdvisersAsOf(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Verified personal advisers working for a council, before each moment; with councils
	 * given, for those councils only.
	 */
	public List<Long> verified(List<Instant> moments, @Nullable List<LocalAuthorityId> councils) {
		return CountsAsOf.count(this.jdbc, """
				select width_bucket(coalesce(decided_at, email_confirmed_at, registered_at),
				  (select cast(:moments as timestamptz[]))) as bucket, count(*) as n
				from supporter where organisation_type = 'COUNCIL' and role = 'PERSONAL_ADVISER'
				  and verification = 'VERIFIED'
				  and (:all or local_authority_id = any(cast(:councils as int[])))
				group by bucket
				""",
				Map.of("all", councils == null, "councils", CountsAsOf.integers(
						(councils != null) ? councils.stream().map(LocalAuthorityId::value).toList() : List.of())),
				moments);
	}

	/**
	 * The advisers behind the figure above as of a moment, most recently verified first:
	 * their council and when they were verified (no names: the figure is about councils).
	 */
	public Listing<Verified> verifiedBy(Instant moment, @Nullable List<LocalAuthorityId> councils, int offset,
			int limit) {
		long[] total = new long[1];
		List<Verified> rows = this.jdbc.sql("""
				select local_authority_id, coalesce(decided_at, email_confirmed_at, registered_at) as verified_at,
				  count(*) over () as total
				from supporter where organisation_type = 'COUNCIL' and role = 'PERSONAL_ADVISER'
				  and verification = 'VERIFIED'
				  and coalesce(decided_at, email_confirmed_at, registered_at) < :moment
				  and (:all or local_authority_id = any(cast(:councils as int[])))
				order by verified_at desc, account_id limit :limit offset :offset
				""")
			.param("moment", OffsetDateTime.ofInstant(moment, ZoneOffset.UTC))
			.param("all", councils == null)
			.param("councils",
					CountsAsOf.integers(
							(councils != null) ? councils.stream().map(LocalAuthorityId::value).toList() : List.of()))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				return new Verified(new LocalAuthorityId(rs.getInt("local_authority_id")),
						rs.getTimestamp("verified_at").toInstant());
			})
			.list();
		return Listing.of(rows, total);
	}

	/** A verified personal adviser: their council and when they were verified. */
	public record Verified(LocalAuthorityId council, Instant verifiedAt) {

	}

}
