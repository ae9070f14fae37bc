package org.covenantconnects.opportunity;

import java.time.Instant;
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

	/**
	 * The opportunities behind the figure above: those first published from {@code since}
	 * to {@code moment}, most recent first.
	 */
	public Listing<Published> publishedBy(Instant since, Instant moment, @Nullable RegionCode region, int offset,
			int limit) {
		long[] total = new long[1];
		List<Published> rows = this.jdbc.sql("""
				select id, title, organisation_name, published_at, count(*) over () as total
				from opportunity where published_at >= :since and published_at < :moment
				  and (:region = '' or scope = 'NATIONAL' or :region = any(regions))
				order by published_at desc, id limit :limit offset :offset
				""")
			.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.param("moment", OffsetDateTime.ofInstant(moment, ZoneOffset.UTC))
			.param("region", (region != null) ? region.value() : "")
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

	/** An opportunity, who offers it and when it was first published. */
	public record Published(OpportunityId id, String title, String organisation, Instant publishedAt) {

	}

}
