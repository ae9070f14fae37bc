package org.covenantconnects.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.covenantconnects.identity.internal.KeyEncryption;
import org.covenantconnects.platform.Dataset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Second factors: a TOTP key in an authenticator app (RFC 6238: 30-second steps, 6
 * digits, SHA-1, one step either side accepted, no code accepted twice) and ten one-time
 * recovery codes. Required of staff, supporters and signatory users; offered to care
 * leavers. See ADR 020.
 */
@Service
public class SecondFactors {

	/**
	 * The key every demo account that needs a second factor is enrolled with, so that
	 * anyone trying the demo can add it to an authenticator app. Demo data only.
	 */
	public static final String DEMO_KEY = "COVENANTCONNECTSDEMOSECONDFACTOR";

	public static final int RECOVERY_CODES = 10;

	private static final Set<Role> REQUIRED = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.SUPPORTER, Role.SIGNATORY);

	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final String ISSUER = "Covenant Connects";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final KeyEncryption encryption;

	private final Dataset dataset;

	private final Clock clock;

	SecondFactors(JdbcClient jdbc, KeyEncryption encryption, Dataset dataset, Clock clock) {
		this.jdbc = jdbc;
		this.encryption = encryption;
		this.dataset = dataset;
		this.clock = clock;
	}

	/** Whether people with this role must have a second factor to sign in. */
	public static boolean requiredFor(Role role) {
		return REQUIRED.contains(role);
	}

	/** Whether the account has a second factor switched on. */
	public boolean isOn(AccountId account) {
		return this.jdbc
			.sql("select count(*) from second_factor where account_id = :account and enabled_at is not null")
			.param("account", account.value())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Starts setting up a second factor, or carries on with the one started: the key, in
	 * Base32, to show. It works only once a code from it is confirmed.
	 * @throws IllegalStateException when a second factor is already on
	 */
	@Transactional
	public String enrolmentKey(AccountId account) {
		if (isOn(account)) {
			throw new IllegalStateException("A second factor is already on");
		}
		Optional<byte[]> pending = storedKey(account);
		if (pending.isPresent()) {
			return Totp.base32(pending.get());
		}
		byte[] key = new byte[20];
		this.random.nextBytes(key);
		store(account, key, false);
		return Totp.base32(key);
	}

	/**
	 * Switches the second factor on if the code is right for the key being set up.
	 * @return the new recovery codes, to show once; empty when the code is wrong
	 */
	@Transactional
	public Optional<List<String>> confirmEnrolment(AccountId account, String code) {
		if (isOn(account) || !accept(account, code, false)) {
			return Optional.empty();
		}
		this.jdbc.sql("update second_factor set enabled_at = :now where account_id = :account")
			.param("now", OffsetDateTime.now(this.clock))
			.param("account", account.value())
			.update();
		return Optional.of(newRecoveryCodes(account));
	}

	/** Whether a code from the authenticator is right now, and not used before. */
	@Transactional
	public boolean verifyCode(AccountId account, String code) {
		return isOn(account) && accept(account, code, true);
	}

	/** Uses up a recovery code; true only the first time it is used. */
	@Transactional
	public boolean useRecoveryCode(AccountId account, String code) {
		if (code == null || code.length() > 40 || !isOn(account)) {
			return false;
		}
		String clean = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
		return this.jdbc.sql("delete from recovery_code where account_id = :account and code_hash = :hash")
			.param("account", account.value())
			.param("hash", digest(clean))
			.update() == 1;
	}

	/** How many recovery codes are left unused. */
	public int recoveryCodesLeft(AccountId account) {
		return this.jdbc.sql("select count(*) from recovery_code where account_id = :account")
			.param("account", account.value())
			.query(Long.class)
			.single()
			.intValue();
	}

	/** Replaces every recovery code with ten new ones, to show once. */
	@Transactional
	public List<String> newRecoveryCodes(AccountId account) {
		this.jdbc.sql("delete from recovery_code where account_id = :account")
			.param("account", account.value())
			.update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				code.append(RECOVERY_ALPHABET.charAt(this.random.nextInt(RECOVERY_ALPHABET.length())));
			}
			String shown = code.substring(0, 5) + "-" + code.substring(5);
			this.jdbc.sql("insert into recovery_code (account_id, code_hash) values (:account, :hash)")
				.param("account", account.value())
				.param("hash", digest(code.toString()))
				.update();
			codes.add(shown);
		}
		return codes;
	}

	/** Switches the second factor off and forgets its key and recovery codes. */
	@Transactional
	public void turnOff(AccountId account) {
		this.jdbc.sql("delete from second_factor where account_id = :account")
			.param("account", account.value())
			.update();
		this.jdbc.sql("delete from recovery_code where account_id = :account")
			.param("account", account.value())
			.update();
	}

	/**
	 * Enrols a demo account with {@link #DEMO_KEY}. For demo data only: the caller must
	 * have claimed the database for demo data.
	 */
	@Transactional
	public void enrolDemo(AccountId account) {
		if (isOn(account)) {
			return;
		}
		store(account, Totp.fromBase32(DEMO_KEY), true);
		newRecoveryCodes(account);
	}

	/**
	 * The current code of a demo account, to show on the code page, only while the
	 * database holds demo or generated data.
	 */
	public Optional<String> demoCode(AccountId account) {
		boolean demo = this.jdbc.sql("select demo from account where id = :account")
			.param("account", account.value())
			.query(Boolean.class)
			.optional()
			.orElse(false);
		if (!demo || !this.dataset.isFictional() || !isOn(account)) {
			return Optional.empty();
		}
		return storedKey(account).map((key) -> Totp.code(key, Totp.step(this.clock.instant())));
	}

	/** The address an authenticator app reads from the QR code. */
	public static String otpauthUri(String email, String base32Key) {
		String label = URLEncoder.encode(ISSUER + ":" + email, StandardCharsets.UTF_8).replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + base32Key + "&issuer="
				+ URLEncoder.encode(ISSUER, StandardCharsets.UTF_8).replace("+", "%20")
				+ "&algorithm=SHA1&digits=6&period=30";
	}

	private boolean accept(AccountId account, String code, boolean enabled) {
		if (code == null) {
			return false;
		}
		String clean = code.replaceAll("\\s", "");
		if (!clean.matches("\\d{6}")) {
			return false;
		}
		Optional<byte[]> key = storedKey(account);
		if (key.isEmpty()) {
			return false;
		}
		long now = Totp.step(this.clock.instant());
		for (long step = now - 1; step <= now + 1; step++) {
			if (MessageDigest.isEqual(Totp.code(key.get(), step).getBytes(StandardCharsets.US_ASCII),
					clean.getBytes(StandardCharsets.US_ASCII))) {
				// Only a step later than the last one accepted: no code works twice.
				return this.jdbc.sql("""
						update second_factor set last_used_step = :step
						where account_id = :account and last_used_step < :step
						  and (enabled_at is not null) = :enabled
						""")
					.param("step", step)
					.param("account", account.value())
					.param("enabled", enabled)
					.update() == 1;
			}
		}
		return false;
	}

	private Optional<byte[]> storedKey(AccountId account) {
		return this.jdbc.sql("select encrypted_key from second_factor where account_id = :account")
			.param("account", account.value())
			.query(byte[].class)
			.optional()
			.map(this.encryption::decrypt);
	}

	private void store(AccountId account, byte[] key, boolean enabled) {
		this.jdbc.sql("""
				insert into second_factor (account_id, encrypted_key, enabled_at)
				values (:account, :key, :enabled)
				on conflict (account_id) do update
				  set encrypted_key = excluded.encrypted_key, enabled_at = excluded.enabled_at, last_used_step = 0
				""")
			.param("account", account.value())
			.param("key", this.encryption.encrypt(key))
			.param("enabled", enabled ? OffsetDateTime.now(this.clock) : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.update();
	}

	private static String digest(String code) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
