package org.covenantconnects.opportunity.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.covenantconnects.opportunity.SearchCriteria;
import org.covenantconnects.opportunity.SearchResults;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Public searches answered in the last few seconds: the results, and the pages as
 * signed-out visitors saw them. Many people ask the same questions ("apprenticeships in
 * the North West"), and published opportunities change far less often than they are
 * searched, so both are kept for a short while. Every change to an opportunity made
 * through this instance forgets them all, again once the change is committed; a change
 * made through another instance shows when the kept ones expire.
 */
@Component
public class RecentSearches {

	private static final int MOST_RESULTS_KEPT = 5_000;

	private static final int MOST_PAGES_KEPT = 1_000;

	/** A page bigger than this is not kept. */
	private static final int LARGEST_PAGE_KEPT = 256 * 1024;

	private final Cache<ResultsKey, SearchResults> results;

	private final Cache<String, RenderedPage> pages;

	/**
	 * Counts the changes, so that a page rendered before a change is never kept after it.
	 */
	private final AtomicLong generation = new AtomicLong();

	private final boolean enabled;

	private final Duration keptFor;

	RecentSearches(@Value("${connects.search.results-kept-for}") Duration keptFor) {
		this.keptFor = keptFor;
		this.enabled = !keptFor.isZero() && !keptFor.isNegative();
		this.results = Caffeine.newBuilder().maximumSize(MOST_RESULTS_KEPT).expireAfterWrite(keptFor).build();
		this.pages = Caffeine.newBuilder().maximumSize(MOST_PAGES_KEPT).expireAfterWrite(keptFor).build();
	}

	SearchResults answer(SearchCriteria criteria, LocalDate today, Supplier<SearchResults> search) {
		if (!this.enabled) {
			return search.get();
		}
		long before = this.generation.get();
		ResultsKey key = new ResultsKey(criteria, today);
		SearchResults kept = this.results.getIfPresent(key);
		if (kept != null) {
			return kept;
		}
		SearchResults found = search.get();
		if (this.generation.get() == before) {
			this.results.put(key, found);
		}
		return found;
	}

	/** The page kept for this query string, or {@code null}. */
	public RenderedPage keptPage(String queryString) {
		return this.enabled ? this.pages.getIfPresent(queryString) : null;
	}

	/**
	 * Whether anything is kept at all ({@code connects.search.results-kept-for} above 0).
	 */
	boolean isEnabled() {
		return this.enabled;
	}

	/** How long what is kept may be used. */
	Duration keptFor() {
		return this.keptFor;
	}

	long generation() {
		return this.generation.get();
	}

	/**
	 * Keeps a page rendered when the changes counted {@code generation}; it is compressed
	 * only when it is kept.
	 */
	void keepPage(String queryString, String contentType, byte[] body, long generation) {
		if (this.enabled && body.length <= LARGEST_PAGE_KEPT && this.generation.get() == generation) {
			this.pages.put(queryString, RenderedPage.of(contentType, body));
		}
	}

	/** Forgets everything kept, now and again when the current transaction commits. */
	void forget() {
		forgetNow();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					forgetNow();
				}
			});
		}
	}

	private void forgetNow() {
		this.generation.incrementAndGet();
		this.results.invalidateAll();
		this.pages.invalidateAll();
	}

	/** A rendered page, and the same compressed with gzip. */
	record RenderedPage(String contentType, byte[] body, byte[] gzipped) {

		static RenderedPage of(String contentType, byte[] body) {
			ByteArrayOutputStream gzipped = new ByteArrayOutputStream(body.length / 4);
			try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
				out.write(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return new RenderedPage(contentType, body, gzipped.toByteArray());
		}

	}

	private record ResultsKey(SearchCriteria criteria, LocalDate today) {
	}

}
