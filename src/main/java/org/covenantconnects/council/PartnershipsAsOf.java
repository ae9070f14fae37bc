package org.covenantconnects.council;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.platform.CountsAsOf;
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
				  cast(:moments as timestamptz[])) as bucket, count(*) as n
				from council_partnership where partner and partner_since is not null
				  and (:all or local_authority_id = any(cast(:councils as int[])))
				group by bucket
				""",
				Map.of("all", councils == null, "councils", CountsAsOf.integers(
						(councils != null) ? councils.stream().map(LocalAuthorityId::value).toList() : List.of())),
				moments);
	}

}
