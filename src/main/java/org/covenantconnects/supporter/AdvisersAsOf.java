package org.covenantconnects.supporter;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.platform.CountsAsOf;
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
				  cast(:moments as timestamptz[])) as bucket, count(*) as n
				from supporter where organisation_type = 'COUNCIL' and role = 'PERSONAL_ADVISER'
				  and verification = 'VERIFIED'
				  and (:all or local_authority_id = any(cast(:councils as int[])))
				group by bucket
				""",
				Map.of("all", councils == null, "councils", CountsAsOf.integers(
						(councils != null) ? councils.stream().map(LocalAuthorityId::value).toList() : List.of())),
				moments);
	}

}
