package org.covenantconnects.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use, expiring tokens for links sent by email. The raw token only ever exists in
 * the email; the database keeps its SHA-256 digest. Callers send it as the email's secret
 * ({@code Email.withSecret}), which the outbox forgets once the email is delivered.
 */
@Component
public class AccountTokens {

	public enum Purpose {

		VERIFY_EMAIL(Duration.ofHours(48)), RESET_PASSWORD(Duration.ofHours(1)), INVITATION(Duration.ofDays(7));

		private final Duration lifetime;

		Purpose(Duration lifetime) {
			this.lifetime = lifetime;
		}

	}

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Issues a new token; earlier unused tokens for the same purpose stop working. */
	public String issue(AccountId account, Purpose purpose) {
		String token = newToken();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.sql("delete from account_token where account_id = :account and purpose = :purpose")
			.param("account", account.value())
			.param("purpose", purpose.name())
			.update();
		this.jdbc.sql("""
				insert into account_token (token_hash, account_id, purpose, created_at, expires_at)
				values (:hash, :account, :purpose, :now, :expires)
				""")
			.param("hash", digest(token))
			.param("account", account.value())
			.param("purpose", purpose.name())
			.param("now", now)
			.param("expires", now.plus(purpose.lifetime))
			.update();
		return token;
	}

	/**
	 * The work of {@link #issue} for an address with no account: a token is made and
	 * digested, and the same delete runs (it finds nothing), but nothing is stored.
	 */
	public void issueForNobody(Purpose purpose) {
		digest(newToken());
		this.jdbc.sql("delete from account_token where account_id = :account and purpose = :purpose")
			.param("account", UUID.randomUUID())
			.param("purpose", purpose.name())
			.update();
	}

	/**
	 * The account a token belongs to, if it is unused and unexpired, without using it up.
	 */
	public Optional<AccountId> peek(String token, Purpose purpose) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select account_id from account_token
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now
				""")
			.param("hash", digest(token))
			.param("purpose", purpose.name())
			.param("now", OffsetDateTime.now(this.clock))
			.query(UUID.class)
			.optional()
			.map(AccountId::new);
	}

	/**
	 * Uses a token up. Returns its account only the first time, and only before it
	 * expires.
	 */
	public Optional<AccountId> consume(String token, Purpose purpose) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				update account_token set used_at = :now
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now
				returning account_id
				""")
			.param("hash", digest(token))
			.param("purpose", purpose.name())
			.param("now", OffsetDateTime.now(this.clock))
			.query(UUID.class)
			.optional()
			.map(AccountId::new);
	}

	/** An email change waiting for its link to be used. */
	public record EmailChange(AccountId account, String newEmail) {

	}

	/**
	 * Issues the link for changing an account's address; an earlier pending change stops
	 * working.
	 */
	public String issueEmailChange(AccountId account, String newEmail) {
		String token = newToken();
		this.jdbc.sql("""
				insert into email_change (account_id, new_email, token_hash, expires_at)
				values (:account, :email, :hash, :expires)
				on conflict (account_id) do update
				  set new_email = excluded.new_email, token_hash = excluded.token_hash, expires_at = excluded.expires_at
				""")
			.param("account", account.value())
			.param("email", newEmail)
			.param("hash", digest(token))
			.param("expires", OffsetDateTime.now(this.clock).plus(Purpose.VERIFY_EMAIL.lifetime))
			.update();
		return token;
	}

	public Optional<EmailChange> peekEmailChange(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("select account_id, new_email from email_change where token_hash = :hash and expires_at > :now")
			.param("hash", digest(token))
			.param("now", OffsetDateTime.now(this.clock))
			.query((rs, i) -> new EmailChange(new AccountId(rs.getObject("account_id", UUID.class)),
					rs.getString("new_email")))
			.optional();
	}

	/** Uses an email change link up; returns the change only the first time, in date. */
	public Optional<EmailChange> consumeEmailChange(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				delete from email_change where token_hash = :hash and expires_at > :now
				returning account_id, new_email
				""")
			.param("hash", digest(token))
			.param("now", OffsetDateTime.now(this.clock))
			.query((rs, i) -> new EmailChange(new AccountId(rs.getObject("account_id", UUID.class)),
					rs.getString("new_email")))
			.optional();
	}

	private String newToken() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String digest(String token) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
