package org.covenantconnects.identity.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without ever locking the owner out (ADR 021). Failures are
 * counted per email address and network together: after {@link #freeFailures} of them in
 * a day, each further try from that network waits longer than the last (1, 2, 4 ...
 * minutes, at most {@link #longestWait}). Across all networks an address takes at most
 * {@link #failuresPerDay} failures a day from networks it has not signed in from in the
 * last 90 days, so spreading guesses over many networks does not help either; a network
 * the owner signed in from is not held back by that. A refused try is not counted, so
 * waiting is always enough, and a password reset clears the address's failures. Any step
 * of signing in that checks a secret records its failures here too.
 */
@Component
public class SignInLimits {

	static final Duration WINDOW = Duration.ofDays(1);

	static final Duration KNOWN_NETWORK_KEPT_FOR = Duration.ofDays(90);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int freeFailures;

	private final Duration longestWait;

	private final int failuresPerDay;

	SignInLimits(JdbcClient jdbc, Clock clock, @Value("${connects.sign-in.free-failures:5}") int freeFailures,
			@Value("${connects.sign-in.longest-wait:60m}") Duration longestWait,
			@Value("${connects.sign-in.failures-per-address-per-day:30}") int failuresPerDay) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.freeFailures = freeFailures;
		this.longestWait = longestWait;
		this.failuresPerDay = failuresPerDay;
	}

	/** Failures allowed for one address and network before the waits begin. */
	public int freeFailures() {
		return this.freeFailures;
	}

	/** The key an email address is counted under. */
	public static String addressKey(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * The network a client address belongs to: an IPv4 address itself, or the /64 prefix
	 * of an IPv6 address (one household or phone usually has a whole /64).
	 */
	public static String networkOf(String clientAddress) {
		if (clientAddress == null || clientAddress.isBlank()) {
			return "";
		}
		String literal = clientAddress.strip();
		if (!literal.contains(":")) {
			return literal;
		}
		try {
			byte[] bytes = InetAddress.getByName(literal).getAddress();
			if (bytes.length != 16) {
				return literal;
			}
			StringBuilder prefix = new StringBuilder();
			for (int i = 0; i < 8; i += 2) {
				prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
			}
			return prefix.append(":/64").toString();
		}
		catch (UnknownHostException ex) {
			return literal;
		}
	}

	/**
	 * How long this address must wait before trying again from this network, or empty
	 * when it may try now.
	 */
	@Transactional(readOnly = true)
	public Optional<Duration> refusal(String email, String network) {
		String key = addressKey(email);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		OffsetDateTime since = now.minus(WINDOW);
		OffsetDateTime until = now;
		Recent pair = this.jdbc
			.sql("select count(*) as failures, max(failed_at) as latest from sign_in_failure "
					+ "where email_key = :key and network = :network and failed_at > :since")
			.param("key", key)
			.param("network", network)
			.param("since", since)
			.query((rs, row) -> new Recent(rs.getLong("failures"), rs.getObject("latest", OffsetDateTime.class)))
			.single();
		if (pair.failures() >= this.freeFailures) {
			OffsetDateTime next = pair.latest().plus(waitAfter(pair.failures()));
			if (next.isAfter(until)) {
				until = next;
			}
		}
		if (!knownNetwork(key, network, now)) {
			long all = this.jdbc
				.sql("select count(*) from sign_in_failure where email_key = :key and failed_at > :since")
				.param("key", key)
				.param("since", since)
				.query(Long.class)
				.single();
			if (all >= this.failuresPerDay) {
				// Tries open again as the oldest failures of the day pass out of the
				// window.
				OffsetDateTime oldest = this.jdbc
					.sql("select failed_at from sign_in_failure where email_key = :key and failed_at > :since "
							+ "order by failed_at offset :skip limit 1")
					.param("key", key)
					.param("since", since)
					.param("skip", all - this.failuresPerDay)
					.query(OffsetDateTime.class)
					.single();
				OffsetDateTime next = oldest.plus(WINDOW);
				if (next.isAfter(until)) {
					until = next;
				}
			}
		}
		return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
	}

	/** The wait after the given number of failures, once past the free ones. */
	Duration waitAfter(long failures) {
		long doublings = failures - this.freeFailures;
		if (doublings >= 20) {
			return this.longestWait;
		}
		Duration wait = Duration.ofMinutes(1L << doublings);
		return (wait.compareTo(this.longestWait) > 0) ? this.longestWait : wait;
	}

	/** Counts a wrong secret for this address from this network. */
	@Transactional
	public void recordFailure(String email, String network) {
		this.jdbc.sql("insert into sign_in_failure (email_key, network, failed_at) values (:key, :network, :now)")
			.param("key", addressKey(email))
			.param("network", network)
			.param("now", OffsetDateTime.now(this.clock))
			.update();
	}

	/**
	 * Forgets this network's failures for the address and remembers the network as one
	 * the owner uses.
	 */
	@Transactional
	public void recordSuccess(String email, String network) {
		String key = addressKey(email);
		this.jdbc.sql("delete from sign_in_failure where email_key = :key and network = :network")
			.param("key", key)
			.param("network", network)
			.update();
		this.jdbc
			.sql("insert into sign_in_network (email_key, network, signed_in_at) values (:key, :network, :now) "
					+ "on conflict (email_key, network) do update set signed_in_at = excluded.signed_in_at")
			.param("key", key)
			.param("network", network)
			.param("now", OffsetDateTime.now(this.clock))
			.update();
	}

	/**
	 * Forgets every failure for the address, as when its owner has reset the password.
	 */
	@Transactional
	public void forget(String email) {
		this.jdbc.sql("delete from sign_in_failure where email_key = :key").param("key", addressKey(email)).update();
	}

	private boolean knownNetwork(String key, String network, OffsetDateTime now) {
		return this.jdbc
			.sql("select count(*) from sign_in_network where email_key = :key and network = :network "
					+ "and signed_in_at > :since")
			.param("key", key)
			.param("network", network)
			.param("since", now.minus(KNOWN_NETWORK_KEPT_FOR))
			.query(Long.class)
			.single() > 0;
	}

	private record Recent(long failures, OffsetDateTime latest) {
	}

}
