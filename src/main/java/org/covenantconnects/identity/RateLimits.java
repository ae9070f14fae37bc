package org.covenantconnects.identity;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.covenantconnects.identity.internal.SignIn;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per-address limits on the actions that attract abuse: signing in, registering, asking
 * for a password reset, and sending opportunities, link requests or colleague invitations
 * to people by email (limited per sender's account), and reporting concerns (per address
 * and per account). Buckets are kept in memory per instance; the per-account sign-in
 * limit, which matters most, is kept in the database by {@link SignIn}.
 */
@Component
public class RateLimits {

	/** The limited actions and the period over which each one's allowance refills. */
	public enum Action {

		SIGN_IN(Duration.ofMinutes(5)), REGISTER(Duration.ofHours(1)), PASSWORD_RESET(Duration.ofMinutes(15)),
		SHARE(Duration.ofHours(1)), LINK_REQUEST(Duration.ofHours(1)), COLLEAGUE_INVITATION(Duration.ofHours(1)),
		CONCERN(Duration.ofHours(1));

		private final Duration period;

		Action(Duration period) {
			this.period = period;
		}

	}

	/** What to tell someone whose network address has registered too many accounts. */
	public static final String TOO_MANY_ACCOUNTS = "Too many accounts have been created from your connection. "
			+ "Try again in an hour";

	private static final int MAX_TRACKED = 100_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final Map<Action, Integer> capacities;

	/**
	 * @param signIn sign-in attempts per address in five minutes
	 * @param register accounts created per address in an hour
	 * @param passwordReset reset links asked for per address in fifteen minutes
	 * @param share opportunities sent by email per account in an hour
	 * @param linkRequest link invitations, link requests and registrations on someone's
	 * behalf per account in an hour (each sends an email to an address the person typed)
	 * @param colleagueInvitation invitations to act for an organisation per signatory
	 * user's account in an hour
	 * @param concern concerns reported per network address, and per signed-in account, in
	 * an hour
	 */
	RateLimits(@Value("${connects.rate-limits.sign-in:20}") int signIn,
			@Value("${connects.rate-limits.register:10}") int register,
			@Value("${connects.rate-limits.password-reset:5}") int passwordReset,
			@Value("${connects.rate-limits.share:30}") int share,
			@Value("${connects.rate-limits.link-request:20}") int linkRequest,
			@Value("${connects.rate-limits.colleague-invitation:20}") int colleagueInvitation,
			@Value("${connects.rate-limits.concern:5}") int concern) {
		this.capacities = Map.of(Action.SIGN_IN, signIn, Action.REGISTER, register, Action.PASSWORD_RESET,
				passwordReset, Action.SHARE, share, Action.LINK_REQUEST, linkRequest, Action.COLLEAGUE_INVITATION,
				colleagueInvitation, Action.CONCERN, concern);
	}

	/** How many times one address may take the action in its period. */
	public int capacity(Action action) {
		return this.capacities.get(action);
	}

	/** Takes one try from the address's allowance; false when it has none left. */
	public boolean tryAcquire(Action action, String address) {
		if (this.buckets.size() > MAX_TRACKED) {
			// A flood of distinct addresses must not exhaust memory; starting afresh only
			// loosens the
			// limit for a moment.
			this.buckets.clear();
		}
		int capacity = capacity(action);
		return this.buckets
			.computeIfAbsent(action.name() + "|" + address,
					(key) -> Bucket.builder()
						.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, action.period).build())
						.build())
			.tryConsume(1);
	}

}
