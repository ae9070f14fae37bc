package org.covenantconnects.impact;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

import org.covenantconnects.council.Councils;
import org.covenantconnects.institution.Institutions;
import org.covenantconnects.places.Region;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.places.Places;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many councils and institutions have embedded their approach, counted at the end of
 * each day and kept as counted (ADR 037): whether an approach is embedded depends on
 * several records that change in place, so a past day's figure is the count kept that
 * day. Every instance counts; the first count of a day is the one kept.
 */
@Component
public class EmbeddedCounts {

	/** The region code of the rows for all England. */
	static final String ALL = "ALL";

	private final JdbcClient jdbc;

	private final Councils councils;

	private final Institutions institutions;

	private final Places places;

	private final Clock clock;

	EmbeddedCounts(JdbcClient jdbc, Councils councils, Institutions institutions, Places places, Clock clock) {
		this.jdbc = jdbc;
		this.councils = councils;
		this.institutions = institutions;
		this.places = places;
		this.clock = clock;
	}

	/** Keeps today's count, late in the evening. */
	@Scheduled(cron = "${connects.impact.count-cron:0 55 23 * * *}", zone = "Europe/London")
	void countToday() {
		keep(LocalDate.now(this.clock.withZone(org.covenantconnects.platform.CountsAsOf.ENGLAND)));
	}

	/** Counts now and keeps the count as the day's, unless the day has one already. */
	public void keep(LocalDate day) {
		Counted now = now(null);
		insert(day, ALL, now);
		Map<RegionCode, Long> councilsByRegion = this.councils.countEmbeddedByRegion();
		Map<RegionCode, Long> institutionsByRegion = this.institutions.countEmbeddedByRegion();
		for (Region region : this.places.regions()) {
			insert(day, region.code().value(), new Counted(councilsByRegion.getOrDefault(region.code(), 0L),
					institutionsByRegion.getOrDefault(region.code(), 0L)));
		}
	}

	/**
	 * Keeps a count for a day that has none, as given: for demo data, which shows the
	 * counts of a year gone by.
	 */
	public void keep(LocalDate day, @Nullable RegionCode region, Counted counted) {
		insert(day, (region != null) ? region.value() : ALL, counted);
	}

	/** The counts now, in all England or one region. */
	public Counted now(@Nullable RegionCode region) {
		if (region == null) {
			return new Counted(this.councils.countEmbedded(), this.institutions.countEmbedded());
		}
		return new Counted(this.councils.countEmbeddedByRegion().getOrDefault(region, 0L),
				this.institutions.countEmbeddedByRegion().getOrDefault(region, 0L));
	}

	/** How many of the councils given have embedded the Whole Council Approach now. */
	public long councilsNow(java.util.Collection<org.covenantconnects.places.LocalAuthorityId> among) {
		java.util.Set<org.covenantconnects.places.LocalAuthorityId> wanted = java.util.Set.copyOf(among);
		return this.councils.approaches()
			.entrySet()
			.stream()
			.filter((entry) -> wanted.contains(entry.getKey()) && entry.getValue().embedded())
			.count();
	}

	/** How many institutions in the regions given have embedded their approach now. */
	public long institutionsNow(java.util.Collection<RegionCode> regions) {
		Map<RegionCode, Long> byRegion = this.institutions.countEmbeddedByRegion();
		return regions.stream().mapToLong((region) -> byRegion.getOrDefault(region, 0L)).sum();
	}

	/**
	 * The counts kept from the latest day on or before {@code from} up to {@code to}, by
	 * day.
	 */
	public TreeMap<LocalDate, Counted> kept(LocalDate from, LocalDate to, @Nullable RegionCode region) {
		TreeMap<LocalDate, Counted> kept = new TreeMap<>();
		this.jdbc.sql("""
				select counted_on, councils, institutions from impact_embedded_count
				where region_code = :region and counted_on <= :to
				  and counted_on >= coalesce((select max(counted_on) from impact_embedded_count
				    where region_code = :region and counted_on <= :from), :from)
				""")
			.param("region", (region != null) ? region.value() : ALL)
			.param("from", from)
			.param("to", to)
			.query((rs) -> {
				kept.put(rs.getObject("counted_on", LocalDate.class),
						new Counted(rs.getLong("councils"), rs.getLong("institutions")));
			});
		return kept;
	}

	private void insert(LocalDate day, String region, Counted counted) {
		this.jdbc.sql("""
				insert into impact_embedded_count (counted_on, region_code, councils, institutions, counted_at)
				values (:day, :region, :councils, :institutions, :at) on conflict do nothing
				""")
			.param("day", day)
			.param("region", region)
			.param("councils", counted.councils())
			.param("institutions", counted.institutions())
			.param("at", OffsetDateTime.now(this.clock.withZone(ZoneOffset.UTC)))
			.update();
	}

	/** Councils and institutions that have embedded their approach. */
	public record Counted(long councils, long institutions) {

	}

}
