package org.covenantconnects.opportunity.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.covenantconnects.opportunity.FitRule;
import org.covenantconnects.opportunity.Scope;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.places.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The few facts about every published opportunity that decide whom it fits, held in
 * memory: about 100 bytes each, so 50,000 take a few megabytes. Matching one young person
 * against all of them here takes a millisecond or two, where counting and ranking them in
 * PostgreSQL takes tens. The copy is read again after any change made through this
 * instance (the same changes that forget {@link RecentSearches}). Once it is older than
 * {@code connects.search.results-kept-for} it is read again in the background, and once
 * older than twice that, before answering; so a change made through another instance
 * shows within twice the keep time.
 */
@Component
class PublishedListing {

	private final JdbcClient jdbc;

	private final RecentSearches recentSearches;

	private volatile Copy copy;

	private final AtomicBoolean refreshing = new AtomicBoolean();

	private final Function<LocalAuthorityId, RegionCode> regionOf;

	/**
	 * Where copies are read again in the background: one thread, which never holds up
	 * shutdown.
	 */
	private static final Executor BACKGROUND = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "published-listing-refresh");
		thread.setDaemon(true);
		return thread;
	});

	PublishedListing(JdbcClient jdbc, RecentSearches recentSearches, Places places) {
		this.jdbc = jdbc;
		this.recentSearches = recentSearches;
		this.regionOf = (council) -> places.localAuthority(council).map(LocalAuthority::region).orElse(null);
	}

	/** Whether a copy may be kept at all; when not, callers ask PostgreSQL each time. */
	boolean isKept() {
		return this.recentSearches.isEnabled();
	}

	/**
	 * Every published opportunity, newest first. After a change made through this
	 * instance the copy is read again before answering. When it is older than the keep
	 * time (for changes made through other instances), the old copy answers while one new
	 * read runs in the background, so no request waits for it, up to twice the keep time.
	 */
	List<Listed> published() {
		if (!isKept()) {
			return read();
		}
		Copy current = this.copy;
		long generation = this.recentSearches.generation();
		Duration keptFor = this.recentSearches.keptFor();
		// Up to the keep time the copy answers; up to twice that it still answers while
		// one
		// new read runs in the background; older than that, the request waits for a new
		// one.
		if (current != null && current.generation() == generation && current.isYoungerThan(keptFor.multipliedBy(2))) {
			if (!current.isYoungerThan(keptFor) && this.refreshing.compareAndSet(false, true)) {
				CompletableFuture.runAsync(() -> {
					try {
						reread();
					}
					finally {
						this.refreshing.set(false);
					}
				}, BACKGROUND);
			}
			return current.rows();
		}
		synchronized (this) {
			current = this.copy;
			if (current != null && current.generation() == this.recentSearches.generation()
					&& current.isYoungerThan(keptFor.multipliedBy(2))) {
				return current.rows();
			}
			return reread();
		}
	}

	private List<Listed> reread() {
		long generation = this.recentSearches.generation();
		List<Listed> rows = read();
		if (this.recentSearches.generation() == generation) {
			this.copy = new Copy(generation, Instant.now(), rows);
		}
		return rows;
	}

	private List<Listed> read() {
		return this.jdbc.sql("""
				select id, type, category, scope, regions, councils, age_from, age_to, closes_on, published_at,
				  reconfirm_requested_at, quality_internship, confirmed_only,
				  (travel_paid::int + clothing_provided::int + guaranteed_interview::int + apply_with_adviser::int)
				    as barriers_removed
				from opportunity where status = 'PUBLISHED' order by published_at desc, id
				""").query((rs, i) -> {
			Timestamp reconfirm = rs.getTimestamp("reconfirm_requested_at");
			java.sql.Date closes = rs.getDate("closes_on");
			String scope = rs.getString("scope");
			FitRule fit = FitRule.of(Scope.valueOf(scope), regions(rs.getArray("regions")),
					councils(rs.getArray("councils")), rs.getInt("age_from"), rs.getInt("age_to"), this.regionOf);
			return new Listed(rs.getObject("id", UUID.class), rs.getString("type"), rs.getString("category"), scope,
					fit, (closes != null) ? closes.toLocalDate() : null, rs.getTimestamp("published_at").toInstant(),
					(reconfirm != null) ? reconfirm.toInstant() : null, rs.getBoolean("quality_internship"),
					rs.getInt("barriers_removed"), rs.getBoolean("confirmed_only"));
		}).list();
	}

	private static List<RegionCode> regions(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((String[]) array.getArray()).map(RegionCode::new).toList();
	}

	private static List<LocalAuthorityId> councils(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Integer[]) array.getArray()).map(LocalAuthorityId::new).toList();
	}

	/**
	 * What decides whom one published opportunity fits, and how well.
	 *
	 * @param fit whom it fits
	 * @param barriersRemoved how many of the usual barriers the signatory removes
	 * @param confirmedOnly only for young people whose care experience is confirmed
	 */
	record Listed(UUID id, String type, String category, String scope, FitRule fit, LocalDate closesOn,
			Instant publishedAt, Instant reconfirmRequestedAt, boolean qualityInternship, int barriersRemoved,
			boolean confirmedOnly) {

		/** Open today, and not hidden for want of re-confirmation. */
		boolean isOpen(LocalDate today, Instant hideBefore) {
			return (this.closesOn == null || !this.closesOn.isBefore(today))
					&& (this.reconfirmRequestedAt == null || !this.reconfirmRequestedAt.isBefore(hideBefore));
		}

	}

	private record Copy(long generation, Instant readAt, List<Listed> rows) {

		boolean isYoungerThan(Duration age) {
			return this.readAt.plus(age).isAfter(Instant.now());
		}

	}

}
