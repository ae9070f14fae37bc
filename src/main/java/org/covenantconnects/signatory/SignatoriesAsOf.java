package org.covenantconnects.signatory;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.CountsAsOf;
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

	private static final String IN_REGION = "(:region = '' or national or :region = any(regions))";

	private final JdbcClient jdbc;

	SignatoriesAsOf(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Organisations that had signed before each moment, lapsed or not since; with a
	 * region, those working nationally or in that region.
	 */
	public List<Long> everSigned(List<Instant> moments, @Nullable RegionCode region) {
		return CountsAsOf.count(this.jdbc, """
				select width_bucket(%s, cast(:moments as timestamptz[])) as bucket, count(*) as n
				from signatory where %s is not null and %s group by bucket
				""".formatted(SIGNED_AT, SIGNED_AT, IN_REGION), params(region), moments);
	}

	/** Organisations that had signed and then lapsed, before each moment. */
	public List<Long> lapsed(List<Instant> moments, @Nullable RegionCode region) {
		return CountsAsOf.count(this.jdbc, """
				select width_bucket(stage_changed_at, cast(:moments as timestamptz[])) as bucket, count(*) as n
				from signatory where stage = 'LAPSED' and %s is not null and %s group by bucket
				""".formatted(SIGNED_AT, IN_REGION), params(region), moments);
	}

	private static Map<String, String> params(@Nullable RegionCode region) {
		return Map.of("region", (region != null) ? region.value() : "");
	}

}
