package org.covenantconnects.careleaver;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.CountsAsOf;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How many care leavers were registered on Connects as of given moments: counts only, for
 * the Covenant's goals. A care leaver counts from the moment their profile was made; the
 * figure for a moment is not changed by anyone who registers later.
 */
@Service
public class CareLeaversAsOf {

	private final JdbcClient jdbc;

	CareLeaversAsOf(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Care leavers registered before each moment, living in the region if one is given.
	 * @param moments earliest first
	 */
	public List<Long> registered(List<Instant> moments, @Nullable RegionCode livingIn) {
		return CountsAsOf.count(this.jdbc, """
				select width_bucket(created_at, cast(:moments as timestamptz[])) as bucket, count(*) as n
				from care_leaver where (:region = '' or region_code = :region)
				group by bucket
				""", Map.of("region", (livingIn != null) ? livingIn.value() : ""), moments);
	}

}
