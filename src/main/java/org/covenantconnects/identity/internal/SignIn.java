package org.covenantconnects.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks an email and password. At most {@value #MAX_FAILURES} failures per email address
 * in fifteen minutes are allowed; the count is kept in the database so that every
 * instance of the service sees it, and it is kept for unknown addresses too, so the limit
 * reveals nothing.
 */
@Service
public class SignIn {

	public static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	/**
	 * Compared against when no account has the address, so both paths take the same time.
	 */
	private final String decoyHash;

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Accounts accountService;

	private final JdbcClient jdbc;

	private final Clock clock;

	SignIn(AccountRepository accounts, PasswordEncoder passwordEncoder, Accounts accountService, JdbcClient jdbc,
			Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.accountService = accountService;
		this.jdbc = jdbc;
		this.clock = clock;
		this.decoyHash = passwordEncoder.encode("not a real password, only for timing");
	}

	public interface Outcome {

		record SignedIn(CurrentUser user) implements Outcome {
		}

		/** Wrong email or password: the person is told only that. */
		record Rejected() implements Outcome {
		}

		/** Too many failures for this address. */
		record TooManyAttempts() implements Outcome {
		}

		/** Right password, but the address is not confirmed; a new link was sent. */
		record EmailNotConfirmed() implements Outcome {
		}

		/** Right password, but an administrator locked the account. */
		record Locked() implements Outcome {
		}

	}

	@Transactional
	public Outcome attempt(String email, String password) {
		String key = email.trim().toLowerCase(Locale.ROOT);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		if (recentFailures(key, now) >= MAX_FAILURES) {
			return new Outcome.TooManyAttempts();
		}
		Optional<Account> found = this.accounts.findByEmail(key);
		String hash = found.map(Account::passwordHash).orElse(null);
		boolean matches = this.passwordEncoder.matches(password, (hash != null) ? hash : this.decoyHash)
				&& hash != null;
		if (!matches) {
			this.jdbc.sql("insert into sign_in_failure (email_key, failed_at) values (:key, :now)")
				.param("key", key)
				.param("now", now)
				.update();
			return new Outcome.Rejected();
		}
		Account account = found.get();
		// The failures are forgotten only once the second step is passed too (the
		// caller's clearFailures), so a known password does not buy more code guesses.
		switch (account.status()) {
			case ACTIVE:
				return new Outcome.SignedIn(account.asCurrentUser());
			case LOCKED:
				return new Outcome.Locked();
			default:
				this.accountService.resendConfirmationLink(account.id());
				return new Outcome.EmailNotConfirmed();
		}
	}

	/**
	 * Whether the address has had too many failures, counting wrong second-factor and
	 * recovery codes as well as wrong passwords.
	 */
	public boolean tooManyFailures(String email) {
		return recentFailures(email.trim().toLowerCase(Locale.ROOT), OffsetDateTime.now(this.clock)) >= MAX_FAILURES;
	}

	/** Counts a wrong second-factor or recovery code against the address's limit. */
	@Transactional
	public void recordFailure(String email) {
		this.jdbc.sql("insert into sign_in_failure (email_key, failed_at) values (:key, :now)")
			.param("key", email.trim().toLowerCase(Locale.ROOT))
			.param("now", OffsetDateTime.now(this.clock))
			.update();
	}

	/** Forgets the address's failures once someone has fully signed in. */
	@Transactional
	public void clearFailures(String email) {
		this.jdbc.sql("delete from sign_in_failure where email_key = :key")
			.param("key", email.trim().toLowerCase(Locale.ROOT))
			.update();
	}

	private long recentFailures(String key, OffsetDateTime now) {
		return this.jdbc.sql("select count(*) from sign_in_failure where email_key = :key and failed_at > :since")
			.param("key", key)
			.param("since", now.minus(WINDOW))
			.query(Long.class)
			.single();
	}

}
