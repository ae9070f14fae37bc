package org.covenantconnects.identity;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Per-address limits on the actions that attract abuse: signing in, registering and
 * asking for a password reset. Buckets are kept in memory per instance; the per-account
 * sign-in limit, which matters most, is kept in the database by {@link SignIn}.
 */
@Component
public class RateLimits {

	/** The limited actions and how often one address may take each. */
	public enum Action {

		SIGN_IN(20, Duration.ofMinutes(5)), REGISTER(10, Duration.ofHours(1)),
		PASSWORD_RESET(5, Duration.ofMinutes(15));

		private final int capacity;

		private final Duration period;

		Action(int capacity, Duration period) {
			this.capacity = capacity;
			this.period = period;
		}

	}

	private static final int MAX_TRACKED = 100_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	/** Takes one try from the address's allowance; false when it has none left. */
	public boolean tryAcquire(Action action, String address) {
		if (this.buckets.size() > MAX_TRACKED) {
			// A flood of distinct addresses must not exhaust memory; starting afresh only
			// loosens the
			// limit for a moment.
			this.buckets.clear();
		}
		return this.buckets.computeIfAbsent(action.name() + "|" + address, (key) -> Bucket.builder()
			.addLimit(
					Bandwidth.builder().capacity(action.capacity).refillGreedy(action.capacity, action.period).build())
			.build()).tryConsume(1);
	}

}
