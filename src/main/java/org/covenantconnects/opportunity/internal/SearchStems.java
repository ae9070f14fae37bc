package org.covenantconnects.opportunity.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The words of a search as PostgreSQL's full text search reads them
 * ({@code websearch_to_tsquery('english', …)}): when they are only words that must all be
 * there, their stems, which {@link KeywordIndex} can answer; otherwise (alternatives,
 * phrases, words left out, only words too common to search for) nothing, and the database
 * answers. How words are read never changes, so what was read is remembered.
 */
@Component
class SearchStems {

	private static final Pattern STEM = Pattern.compile("'([^'\\\\]+)'");

	private final JdbcClient jdbc;

	private final Cache<String, Optional<List<String>>> read = Caffeine.newBuilder().maximumSize(20_000).build();

	SearchStems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The different stems that must all be found, or {@code null} when the words ask for
	 * more than that.
	 */
	List<String> of(String keywords) {
		return this.read.get(keywords, this::read).orElse(null);
	}

	private Optional<List<String>> read(String keywords) {
		String query = this.jdbc.sql("select cast(websearch_to_tsquery('english', :q) as text)")
			.param("q", keywords)
			.query(String.class)
			.single();
		return Optional.ofNullable(stems(query));
	}

	/** The stems of a query written {@code 'one' & 'two'}, or {@code null}. */
	static List<String> stems(String query) {
		if (query == null || query.isBlank()) {
			return null;
		}
		String[] parts = query.split(" & ", -1);
		Set<String> stems = new LinkedHashSet<>();
		for (String part : parts) {
			Matcher matcher = STEM.matcher(part);
			if (!matcher.matches() || !stems.add(matcher.group(1))) {
				return null;
			}
		}
		return new ArrayList<>(stems);
	}

}
