package org.covenantconnects.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.covenantconnects.places.RegionCode;
import org.covenantconnects.platform.CountsAsOf;
import org.covenantconnects.platform.Listing;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Events held and attended as of given moments, for the Covenant's KPIs: counts only. An
 * event is held at the moment it ended, when it was shown (approved) and not cancelled
 * before it ended; an attendance counts from the event's end, or from when the organiser
 * marked it if that was later. A moment's figure is not changed by events held later.
 */
@Service
public class EventsAsOf {

	private static final String HELD = """
			e.review = 'APPROVED' and (e.cancelled_at is null or e.cancelled_at >= e.ends_at)
			  and (:regions = '{}' or e.region_code = any(cast(:regions as text[])))
			  and (:kind = '' or e.kind = :kind)""";

	private final JdbcClient jdbc;

	EventsAsOf(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Events held before each moment; with regions, those held in any of them.
	 */
	public List<Long> held(List<Instant> moments, @Nullable Collection<RegionCode> regions) {
		return held(moments, regions, null);
	}

	/** Events held before each moment, as above; with a kind, of that kind only. */
	public List<Long> held(List<Instant> moments, @Nullable Collection<RegionCode> regions, @Nullable EventKind kind) {
		return CountsAsOf.count(this.jdbc, """
				select width_bucket(e.ends_at, (select cast(:moments as timestamptz[]))) as bucket, count(*) as n
				from event e where %s group by bucket
				""".formatted(HELD), params(regions, kind), moments);
	}

	/** Attendances marked at events held, before each moment. */
	public List<Long> attendances(List<Instant> moments, @Nullable Collection<RegionCode> regions) {
		return attendances(moments, regions, null);
	}

	/**
	 * Attendances marked at events held, before each moment; with a kind, at events of
	 * that kind only.
	 */
	public List<Long> attendances(List<Instant> moments, @Nullable Collection<RegionCode> regions,
			@Nullable EventKind kind) {
		return CountsAsOf.count(this.jdbc,
				"""
						select width_bucket(greatest(e.ends_at, s.changed_at), (select cast(:moments as timestamptz[]))) as bucket,
						  count(*) as n
						from event_sign_up s join event e on e.id = s.event_id
						where s.attended and s.status = 'PLACE' and %s group by bucket
						"""
					.formatted(HELD),
				params(regions, kind), moments);
	}

	/**
	 * The events behind the figures above: those held from {@code since} to
	 * {@code moment}, the latest first, each with its attendances counted by then.
	 */
	public Listing<Held> heldBy(Instant since, Instant moment, @Nullable Collection<RegionCode> regions, int offset,
			int limit) {
		return heldBy(since, moment, regions, null, offset, limit);
	}

	/** The events behind the figures above, as above; with a kind, of that kind only. */
	public Listing<Held> heldBy(Instant since, Instant moment, @Nullable Collection<RegionCode> regions,
			@Nullable EventKind kind, int offset, int limit) {
		long[] total = new long[1];
		List<Held> rows = this.jdbc.sql("""
				select e.id, e.title, e.kind, e.region_code, e.ends_at,
				  (select count(*) from event_sign_up s where s.event_id = e.id and s.attended
				     and s.status = 'PLACE' and greatest(e.ends_at, s.changed_at) < :moment) as attendances,
				  count(*) over () as total
				from event e where %s and e.ends_at >= :since and e.ends_at < :moment
				order by e.ends_at desc, e.id limit :limit offset :offset
				""".formatted(HELD))
			.param("regions", regionsParam(regions))
			.param("kind", (kind != null) ? kind.name() : "")
			.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.param("moment", OffsetDateTime.ofInstant(moment, ZoneOffset.UTC))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				return new Held(rs.getObject("id", UUID.class), rs.getString("title"),
						EventKind.valueOf(rs.getString("kind")), new RegionCode(rs.getString("region_code")),
						rs.getTimestamp("ends_at").toInstant(), rs.getLong("attendances"));
			})
			.list();
		return Listing.of(rows, total);
	}

	private static Map<String, String> params(@Nullable Collection<RegionCode> regions, @Nullable EventKind kind) {
		return Map.of("regions", regionsParam(regions), "kind", (kind != null) ? kind.name() : "");
	}

	private static String regionsParam(@Nullable Collection<RegionCode> regions) {
		return CountsAsOf.texts((regions != null) ? regions.stream().map(RegionCode::value).toList() : List.of());
	}

	/**
	 * An event held: what, where, when it ended and the attendances marked by the moment.
	 */
	public record Held(UUID id, String title, EventKind kind, RegionCode region, Instant endedAt, long attendances) {

	}

}
