package org.covenantconnects.opportunity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.CountsAsOf;
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

	OpportunitiesAsOf(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Opportunities published before each moment; with a region, those open to all
	 * England or to that region.
	 */
	public List<Long> published(List<Instant> moments, @Nullable RegionCode region) {
		return CountsAsOf.count(this.jdbc, """
				select width_bucket(published_at, cast(:moments as timestamptz[])) as bucket, count(*) as n
				from opportunity where published_at is not null
				  and (:region = '' or scope = 'NATIONAL' or :region = any(regions))
				group by bucket
				""", Map.of("region", (region != null) ? region.value() : ""), moments);
	}

}
