package org.covenantconnects.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.http.HttpServletRequest;

import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks an email and password. Before the password is checked, {@link SignInLimits}
 * decides whether this address may try again from this network yet; the failures it
 * counts are kept in the database so that every instance of the service sees them, and
 * are kept for unknown addresses too, so the limits reveal nothing. The account is never
 * locked by failures: after the wait, the right password signs in. A hash made with
 * weaker settings than today's is made again with the password just checked.
 */
@Service
public class SignIn {

	/** Failures for one address from one network before waits begin (by default). */
	public static final int MAX_FAILURES = 5;

	/**
	 * Compared against when no account has the address, so both paths take the same time.
	 * Made in the background as the service starts, which it need not wait for.
	 */
	private final CompletableFuture<String> decoyHash;

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Accounts accountService;

	private final SignInLimits limits;

	private final JdbcClient jdbc;

	private final Clock clock;

	SignIn(AccountRepository accounts, PasswordEncoder passwordEncoder, Accounts accountService, SignInLimits limits,
			JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.accountService = accountService;
		this.limits = limits;
		this.jdbc = jdbc;
		this.decoyHash = CompletableFuture
			.supplyAsync(() -> passwordEncoder.encode("not a real password, only for timing"));
	}

	public interface Outcome {

		record SignedIn(CurrentUser user) implements Outcome {
		}

		/** Wrong email or password: the person is told only that. */
		record Rejected() implements Outcome {
		}

		/** Too many failures for this address: it may try again after the wait. */
		record TooManyAttempts(Duration retryAfter) implements Outcome {
		}

		/** Right password, but the address is not confirmed; a new link was sent. */
		record EmailNotConfirmed() implements Outcome {
		}

		/** Right password, but an administrator locked the account. */
		record Locked() implements Outcome {
		}

	}

	/**
	 * Checks the password for an address, from a network (see
	 * {@link SignInLimits#networkOf(String)}).
	 */
	@Transactional
	public Outcome attempt(String email, String password, String network) {
		String key = SignInLimits.addressKey(email);
		Optional<Duration> wait = this.limits.refusal(key, network);
		if (wait.isPresent()) {
			return new Outcome.TooManyAttempts(wait.get());
		}
		Optional<Account> found = this.accounts.findByEmail(key);
		String hash = found.map(Account::passwordHash).orElse(null);
		boolean matches = this.passwordEncoder.matches(password, (hash != null) ? hash : this.decoyHash.join())
				&& hash != null;
		if (!matches) {
			this.limits.recordFailure(key, network);
			return new Outcome.Rejected();
		}
		Account account = found.get();
		if (this.passwordEncoder.upgradeEncoding(hash)) {
			this.jdbc.sql("update account set password_hash = :hash where id = :id")
				.param("hash", this.passwordEncoder.encode(password))
				.param("id", account.id().value())
				.update();
		}
		// The failures are forgotten only once the second step is passed too (the
		// caller's clearFailures), so a known password does not buy more code guesses.
		switch (account.status()) {
			case ACTIVE:
				// The last activity that the retention of young people's accounts counts
				// from.
				this.jdbc.sql("update account set last_signed_in_at = :now where id = :id")
					.param("now", OffsetDateTime.now(this.clock))
					.param("id", account.id().value())
					.update();
				return new Outcome.SignedIn(account.asCurrentUser());
			case LOCKED:
				return new Outcome.Locked();
			default:
				this.accountService.resendConfirmationLink(account.id());
				return new Outcome.EmailNotConfirmed();
		}
	}

	/**
	 * Whether the address may not try again yet from the network of the request being
	 * answered, counting wrong second-factor and recovery codes as well as wrong
	 * passwords.
	 */
	public boolean tooManyFailures(String email) {
		return this.limits.refusal(SignInLimits.addressKey(email), currentNetwork()).isPresent();
	}

	/** Counts a wrong second-factor or recovery code against the address's limits. */
	@Transactional
	public void recordFailure(String email) {
		this.limits.recordFailure(SignInLimits.addressKey(email), currentNetwork());
	}

	/**
	 * Once someone has fully signed in: forgets the failures from this network and
	 * remembers the network as one the owner uses.
	 */
	@Transactional
	public void clearFailures(String email) {
		this.limits.recordSuccess(SignInLimits.addressKey(email), currentNetwork());
	}

	/** The network of the request being answered (the steps after the password). */
	private static String currentNetwork() {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		return SignInLimits.networkOf(request.getRemoteAddr());
	}

}
