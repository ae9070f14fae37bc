package org.covenantconnects.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counting records as they stood at several moments, in one query that reads each record
 * once. A record counts as of a moment when the time it began is before that moment, so a
 * moment's count is never changed by records added after it. The query puts each record
 * in a bucket with {@code width_bucket(at, (select cast(:moments as timestamptz[])))} (0
 * before the first moment, 1 between the first and the second, and so on) and returns
 * {@code bucket, n}; the running sum of the buckets is the count as of each moment. The
 * moments are read once, in their own {@code select}: cast in the row's expression, a
 * prepared statement's generic plan would read them again for every record counted.
 */
public final class CountsAsOf {

	/** The time zone of England, in which days and months are counted. */
	public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private CountsAsOf() {
	}

	/** The moment a day ends in England: the start of the next day. */
	public static Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(ENGLAND).toInstant();
	}

	/**
	 * For counts kept by month in England: from when records are counted one by one
	 * rather than from the months' counts. That is the start of the month of the first
	 * moment that is not the start of a month, or the last moment when all of them are;
	 * every month before it falls whole between two moments.
	 */
	public static Instant countedOneByOne(List<Instant> moments) {
		for (Instant moment : moments) {
			ZonedDateTime at = moment.atZone(ENGLAND);
			Instant monthBegan = at.toLocalDate().withDayOfMonth(1).atStartOfDay(ENGLAND).toInstant();
			if (!monthBegan.equals(moment)) {
				return monthBegan;
			}
		}
		return moments.get(moments.size() - 1);
	}

	/** The place of the counts kept by month that stands for all England. */
	public static final String ALL_ENGLAND = "ENGLAND";

	/**
	 * The place whose counts kept by month answer for records narrowed to these regions
	 * (by code) or these councils (by id), or {@code null} when none does: all England
	 * with neither, one region, or one council. Several regions or councils (a
	 * coordinator's patch) have none: a record in two of them would be counted twice.
	 */
	public static @Nullable String keptPlace(java.util.Collection<String> regions,
			java.util.Collection<Integer> councils) {
		if (regions.isEmpty() && councils.isEmpty()) {
			return ALL_ENGLAND;
		}
		if (councils.isEmpty() && regions.size() == 1) {
			return regions.iterator().next();
		}
		if (regions.isEmpty() && councils.size() == 1) {
			return String.valueOf(councils.iterator().next());
		}
		return null;
	}

	/** The moments as a PostgreSQL array of timestamps, earliest first. */
	public static String thresholds(List<Instant> moments) {
		return moments.stream().map(Instant::toString).collect(Collectors.joining(",", "{", "}"));
	}

	/**
	 * Numbers as a PostgreSQL array of integers, for {@code = any(cast(:x as int[]))}.
	 */
	public static String integers(List<Integer> numbers) {
		return numbers.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

	/**
	 * Words (such as region codes) as a PostgreSQL array of text, for
	 * {@code = any(cast(:x as text[]))}; none is {@code '{}'}.
	 */
	public static String texts(java.util.Collection<String> words) {
		return words.stream().collect(Collectors.joining(",", "{", "}"));
	}

	/**
	 * Runs a query that returns {@code bucket} and {@code n}, with {@code :moments} bound
	 * to the moments, and gives the count as of each moment.
	 * @param moments the moments, earliest first
	 */
	public static List<Long> count(JdbcClient jdbc, String sql, Map<String, ?> params, List<Instant> moments) {
		Map<Integer, Long> byBucket = new HashMap<>();
		JdbcClient.StatementSpec statement = jdbc.sql(sql).param("moments", thresholds(moments));
		for (Map.Entry<String, ?> param : params.entrySet()) {
			statement = statement.param(param.getKey(), param.getValue());
		}
		statement.query((rs) -> {
			byBucket.merge(rs.getInt("bucket"), rs.getLong("n"), Long::sum);
		});
		return cumulate(byBucket, moments.size());
	}

	/** The running count as of each moment from the counts in each bucket. */
	public static List<Long> cumulate(Map<Integer, Long> byBucket, int moments) {
		List<Long> counts = new java.util.ArrayList<>(moments);
		long running = 0;
		for (int k = 0; k < moments; k++) {
			running += byBucket.getOrDefault(k, 0L);
			counts.add(running);
		}
		return List.copyOf(counts);
	}

}
