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
	public EmailChangeLinks issueEmailChange(AccountId account, String newEmail) {
		String token = newToken();
		String cancel = newToken();
		this.jdbc
			.sql("""
					insert into email_change (account_id, new_email, token_hash, expires_at, cancel_token_hash)
					values (:account, :email, :hash, :expires, :cancel)
					on conflict (account_id) do update
					  set new_email = excluded.new_email, token_hash = excluded.token_hash, expires_at = excluded.expires_at,
					      cancel_token_hash = excluded.cancel_token_hash
					""")
			.param("account", account.value())
			.param("email", newEmail)
			.param("hash", digest(token))
			.param("expires", OffsetDateTime.now(this.clock).plus(Purpose.VERIFY_EMAIL.lifetime))
			.param("cancel", digest(cancel))
			.update();
		return new EmailChangeLinks(token, cancel);
	}

	/**
	 * The tokens of an email change's two links: confirming it, sent to the new address,
	 * and cancelling it, sent to the old one.
	 */
	public record EmailChangeLinks(String confirm, String cancel) {
	}

	/** Whether a cancel link names a pending change, without using it. */
	public boolean isCancelLinkValid(String token) {
		if (token == null || token.length() > 100) {
			return false;
		}
		return this.jdbc.sql("select count(*) from email_change where cancel_token_hash = :hash")
			.param("hash", digest(token))
			.query(Long.class)
			.single() > 0;
	}

	/** Cancels the pending change a cancel link names; true only the first time. */
	public boolean cancelEmailChange(String token) {
		if (token == null || token.length() > 100) {
			return false;
		}
		return this.jdbc.sql("delete from email_change where cancel_token_hash = :hash")
			.param("hash", digest(token))
			.update() == 1;
	}

	/** Cancels any pending change of the account's address. */
	public void cancelEmailChangeOf(AccountId account) {
		this.jdbc.sql("delete from email_change where account_id = :account")
			.param("account", account.value())
			.update();
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
