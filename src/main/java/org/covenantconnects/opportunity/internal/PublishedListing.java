package org.covenantconnects.opportunity.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The few facts about every published opportunity that decide whom it fits, held in
 * memory: about 100 bytes each, so 50,000 take a few megabytes. Matching one young person
 * against all of them here takes a millisecond or two, where counting and ranking them in
 * PostgreSQL takes tens. It is an index, not a kept answer: it is kept whatever
 * {@code connects.search.results-kept-for} says. After a change made through this
 * instance (the same changes that forget {@link RecentSearches}) it is read again before
 * answering. Changes made through any instance are counted in the database
 * ({@code opportunity_changes}); the count is read at most once a second, in the
 * background while requests come, and the copy is read again when it has moved, so a
 * change made through another instance shows within a second or two.
 * <p>
 * The first copy is read in the background once the service has started
 * ({@code connects.search.read-at-start}), so that the first pages do not wait for it:
 * until it is read, searches without words are answered by PostgreSQL
 * ({@link #isBeingReadFirst()}), and whatever needs the copy waits for that read.
 */
@Component
class PublishedListing {

	private static final Logger log = LoggerFactory.getLogger(PublishedListing.class);

	/**
	 * How often the count of changes is read while requests come
	 * ({@code connects.search.changes-checked-every}, 1 second).
	 */
	private final Duration checkedEvery;

	/**
	 * A copy whose count was last read longer ago than this (no request came) is checked
	 * before answering ({@code connects.search.changes-checked-before-answering-after},
	 * 10 seconds).
	 */
	private final Duration checkedBeforeAnsweringAfter;

	private final JdbcClient jdbc;

	private final RecentSearches recentSearches;

	private volatile Copy copy;

	private final AtomicBoolean checking = new AtomicBoolean();

	private final Function<LocalAuthorityId, RegionCode> regionOf;

	/**
	 * From the start until the first copy is read in the background: meanwhile, searches
	 * without words need not wait for it.
	 */
	private volatile boolean readingFirst;

	/**
	 * Where the count is read and copies are read again in the background: one thread,
	 * which never holds up shutdown.
	 */
	private static final Executor BACKGROUND = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "published-listing-refresh");
		thread.setDaemon(true);
		return thread;
	});

	PublishedListing(JdbcClient jdbc, RecentSearches recentSearches, Places places,
			@Value("${connects.search.changes-checked-every:1s}") Duration checkedEvery,
			@Value("${connects.search.changes-checked-before-answering-after:10s}") Duration checkedBeforeAnsweringAfter,
			@Value("${connects.search.read-at-start:true}") boolean readAtStart) {
		this.jdbc = jdbc;
		this.readingFirst = readAtStart;
		this.checkedEvery = checkedEvery;
		this.checkedBeforeAnsweringAfter = checkedBeforeAnsweringAfter;
		this.recentSearches = recentSearches;
		this.regionOf = (council) -> places.localAuthority(council).map(LocalAuthority::region).orElse(null);
	}

	/**
	 * Reads the first copy in the background once the service has started, so that it
	 * takes nothing from the start itself; a request that needs the copy meanwhile waits
	 * for this read, or reads it if it comes first.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void readFirst() {
		if (!this.readingFirst) {
			return;
		}
		CompletableFuture.runAsync(() -> {
			try {
				current();
			}
			catch (RuntimeException ex) {
				// The first search that needs the copy reads it instead.
				log.warn("The published opportunities could not be read as the service started", ex);
			}
			finally {
				this.readingFirst = false;
			}
		}, BACKGROUND);
	}

	/**
	 * Whether the first copy is still being read in the background as the service starts:
	 * a search that needs only what PostgreSQL answers as quickly need not wait for it.
	 */
	boolean isBeingReadFirst() {
		return this.readingFirst && this.copy == null;
	}

	/**
	 * The copy of every published opportunity, newest first, with the words of each row.
	 * After a change made through this instance the copy is read again before answering.
	 * Otherwise the copy answers, and at most once a second one background task reads the
	 * count of changes and, when it has moved, the copy again; so no request waits for
	 * it.
	 */
	Copy current() {
		Copy current = this.copy;
		if (current != null && current.generation() == this.recentSearches.generation()) {
			Instant now = Instant.now();
			if (current.checkedAt().plus(this.checkedBeforeAnsweringAfter).isAfter(now)) {
				if (current.checkedAt().plus(this.checkedEvery).isBefore(now)
						&& this.checking.compareAndSet(false, true)) {
					CompletableFuture.runAsync(() -> {
						try {
							checkChanges();
						}
						finally {
							this.checking.set(false);
						}
					}, BACKGROUND);
				}
				return current;
			}
		}
		synchronized (this) {
			current = this.copy;
			if (current != null && current.generation() == this.recentSearches.generation()) {
				if (current.checkedAt().plus(this.checkedBeforeAnsweringAfter).isAfter(Instant.now())) {
					return current;
				}
				checkChanges();
				current = this.copy;
				if (current != null && current.generation() == this.recentSearches.generation()) {
					return current;
				}
			}
			return reread();
		}
	}

	/**
	 * Reads the count of changes: the copy is read again when it moved, and otherwise
	 * marked as checked now.
	 */
	private void checkChanges() {
		Copy current = this.copy;
		if (current == null) {
			return;
		}
		long changes = changesCounted();
		if (changes != current.changes()) {
			reread();
		}
		else if (this.copy == current) {
			this.copy = new Copy(current.generation(), current.changes(), Instant.now(), current.rows(),
					current.words(), current.similarWords(), current.reach(), current.filters());
		}
	}

	private long changesCounted() {
		return this.jdbc.sql("select changes from opportunity_changes").query(Long.class).single();
	}

	private Copy reread() {
		long generation = this.recentSearches.generation();
		// Counted before reading: a change committed in between is read again next time.
		long changes = changesCounted();
		Copy read = read(generation, changes);
		if (this.recentSearches.generation() == generation) {
			this.copy = read;
		}
		return read;
	}

	private Copy read(long generation, long changes) {
		List<String> words = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		List<Listed> rows = this.jdbc
			.sql("""
					select id, type, category, outcomes, scope, regions, councils, age_from, age_to, closes_on, published_at,
					  reconfirm_requested_at, quality_internship, confirmed_only,
					  (travel_paid::int + clothing_provided::int + guaranteed_interview::int + apply_with_adviser::int)
					    as barriers_removed, cast(search as text) as words, search_text
					from opportunity where status = 'PUBLISHED' order by published_at desc, id
					""")
			.query((rs, i) -> {
				Timestamp reconfirm = rs.getTimestamp("reconfirm_requested_at");
				java.sql.Date closes = rs.getDate("closes_on");
				String scope = rs.getString("scope");
				List<RegionCode> regions = regions(rs.getArray("regions"));
				List<LocalAuthorityId> councils = councils(rs.getArray("councils"));
				FitRule fit = FitRule.of(Scope.valueOf(scope), regions, councils, rs.getInt("age_from"),
						rs.getInt("age_to"), this.regionOf);
				words.add(rs.getString("words"));
				texts.add(rs.getString("search_text"));
				Array outcomes = rs.getArray("outcomes");
				return new Listed(rs.getObject("id", UUID.class), rs.getString("type"), rs.getString("category"), scope,
						fit, (closes != null) ? closes.toLocalDate() : null,
						rs.getTimestamp("published_at").toInstant(), (reconfirm != null) ? reconfirm.toInstant() : null,
						rs.getBoolean("quality_internship"), rs.getInt("barriers_removed"),
						rs.getBoolean("confirmed_only"),
						(outcomes != null) ? Set.of((String[]) outcomes.getArray()) : Set.of(), Set.copyOf(regions),
						Set.copyOf(councils));
			})
			.list();
		OpenToday open = OpenToday.of(rows);
		return new Copy(generation, changes, Instant.now(), rows, KeywordIndex.of(words), SimilarWords.of(texts),
				Reach.of(rows, open), SearchFilters.of(rows, open));
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
	 * @param outcomes, regions, councils as the opportunity names them (the search's
	 * filters read these, as its query in the database does)
	 */
	record Listed(UUID id, String type, String category, String scope, FitRule fit, LocalDate closesOn,
			Instant publishedAt, Instant reconfirmRequestedAt, boolean qualityInternship, int barriersRemoved,
			boolean confirmedOnly, Set<String> outcomes, Set<RegionCode> regions, Set<LocalAuthorityId> councils) {

		/** Open today, and not hidden for want of re-confirmation. */
		boolean isOpen(LocalDate today, Instant hideBefore) {
			return (this.closesOn == null || !this.closesOn.isBefore(today))
					&& (this.reconfirmRequestedAt == null || !this.reconfirmRequestedAt.isBefore(hideBefore));
		}

	}

	/**
	 * A copy, the count of local changes and of changes in the database it was read at,
	 * and when that count was last read; with the words of each row, in the same order,
	 * as full text search reads them and as the search forgiving typing mistakes does;
	 * and the rows by whom they reach and as the search's filters read them.
	 */
	record Copy(long generation, long changes, Instant checkedAt, List<Listed> rows, KeywordIndex words,
			SimilarWords similarWords, Reach reach, SearchFilters filters) {

	}

}
