package org.covenantconnects.council;

import java.time.Instant;
import java.util.List;
import java.time.LocalDate;
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
 * How many councils were partners of the Covenant as of given moments: counts only, for
 * the Covenant's KPIs. A council counts from the start of the day its partnership began.
 */
@Service
public class PartnershipsAsOf {

	private final JdbcClient jdbc;

	PartnershipsAsOf(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Partner councils before each moment; with councils given, of those only. */
	public List<Long> partners(List<Instant> moments, @Nullable List<LocalAuthorityId> councils) {
		return CountsAsOf.count(this.jdbc, """
				select width_bucket(partner_since::timestamp at time zone 'Europe/London',
				  (select cast(:moments as timestamptz[]))) as bucket, count(*) as n
				from council_partnership where partner and partner_since is not null
				  and (:all or local_authority_id = any(cast(:councils as int[])))
				group by bucket
				""",
				Map.of("all", councils == null, "councils", CountsAsOf.integers(
						(councils != null) ? councils.stream().map(LocalAuthorityId::value).toList() : List.of())),
				moments);
	}

	/** The councils behind the figure above as of a moment, most recent partner first. */
	public Listing<Partner> partnersBy(Instant moment, @Nullable List<LocalAuthorityId> councils, int offset,
			int limit) {
		long[] total = new long[1];
		List<Partner> rows = this.jdbc.sql("""
				select local_authority_id, partner_since, count(*) over () as total
				from council_partnership where partner and partner_since is not null
				  and partner_since::timestamp at time zone 'Europe/London' < :moment
				  and (:all or local_authority_id = any(cast(:councils as int[])))
				order by partner_since desc, local_authority_id limit :limit offset :offset
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
				return new Partner(new LocalAuthorityId(rs.getInt("local_authority_id")),
						rs.getObject("partner_since", LocalDate.class));
			})
			.list();
		return Listing.of(rows, total);
	}

	/** A partner council and the day its partnership began. */
	public record Partner(LocalAuthorityId council, LocalDate since) {

	}

}
