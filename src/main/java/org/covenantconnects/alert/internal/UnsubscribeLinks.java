package org.covenantconnects.alert.internal;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import org.covenantconnects.identity.AccountId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring links that stop a person's alert emails without signing in. A token
 * holds the account and the day it expires, and an HMAC-SHA256 of both under a key kept
 * in the database (so every instance accepts every other's links). Nothing is stored per
 * link.
 */
@Component
public class UnsubscribeLinks {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private static final int PAYLOAD = 16 + 8;

	private static final int SIGNATURE = 16;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String baseUrl;

	private final Duration validFor;

	@SuppressFBWarnings(value = "VO_VOLATILE_REFERENCE_TO_ARRAY",
			justification = "The key is replaced whole and its bytes are never changed once it is published")
	private volatile byte[] key;

	public UnsubscribeLinks(JdbcClient jdbc, Clock clock, @Value("${connects.base-url}") String baseUrl,
			@Value("${connects.alerts.unsubscribe-link-valid-for:90d}") Duration validFor) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.baseUrl = baseUrl;
		this.validFor = validFor;
	}

	URI linkFor(AccountId account) {
		return URI.create(this.baseUrl + "/alerts/unsubscribe/" + tokenFor(account));
	}

	public String tokenFor(AccountId account) {
		ByteBuffer payload = ByteBuffer.allocate(PAYLOAD);
		payload.putLong(account.value().getMostSignificantBits());
		payload.putLong(account.value().getLeastSignificantBits());
		payload.putLong(this.clock.instant().plus(this.validFor).getEpochSecond());
		byte[] bytes = payload.array();
		byte[] token = Arrays.copyOf(bytes, PAYLOAD + SIGNATURE);
		System.arraycopy(sign(bytes), 0, token, PAYLOAD, SIGNATURE);
		return ENCODER.encodeToString(token);
	}

	/** The account a token was made for, if it is genuine and has not expired. */
	public Verdict check(String token) {
		byte[] bytes;
		try {
			bytes = DECODER.decode(token);
		}
		catch (IllegalArgumentException ex) {
			return Verdict.tampered();
		}
		if (bytes.length != PAYLOAD + SIGNATURE) {
			return Verdict.tampered();
		}
		byte[] payload = Arrays.copyOf(bytes, PAYLOAD);
		byte[] signature = Arrays.copyOfRange(bytes, PAYLOAD, PAYLOAD + SIGNATURE);
		if (!MessageDigest.isEqual(signature, Arrays.copyOf(sign(payload), SIGNATURE))) {
			return Verdict.tampered();
		}
		ByteBuffer buffer = ByteBuffer.wrap(payload);
		AccountId account = new AccountId(new UUID(buffer.getLong(), buffer.getLong()));
		if (Instant.ofEpochSecond(buffer.getLong()).isBefore(this.clock.instant())) {
			return new Verdict(Optional.empty(), true);
		}
		return new Verdict(Optional.of(account), false);
	}

	private byte[] sign(byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return mac.doFinal(payload);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] key() {
		byte[] current = this.key;
		if (current == null) {
			current = this.jdbc.sql("select secret from alert_signing_key where id = 1")
				.query(String.class)
				.single()
				.getBytes(StandardCharsets.UTF_8);
			this.key = current;
		}
		return current;
	}

	/**
	 * @param account the person, when the token is genuine and current
	 * @param expired whether a genuine token is too old
	 */
	public record Verdict(Optional<AccountId> account, boolean expired) {

		static Verdict tampered() {
			return new Verdict(Optional.empty(), false);
		}

	}

}
