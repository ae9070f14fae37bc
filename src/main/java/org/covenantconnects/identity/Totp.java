package org.covenantconnects.identity;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA-1,
 * 30-second steps, 6 digits. Keys are written in Base32 (RFC 4648) for typing in.
 */
public final class Totp {

	/** Seconds in one step. */
	public static final long STEP_SECONDS = 30;

	public static final int DIGITS = 6;

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private Totp() {
	}

	/** The step an instant falls in. */
	public static long step(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
	}

	/** The 6-digit code of a key at a step. */
	public static String code(byte[] key, long step) {
		return code(key, step, "HmacSHA1", DIGITS);
	}

	/**
	 * The code of a key at a step with any HMAC algorithm and length, as RFC 6238 defines
	 * it (its test vectors use SHA-256 and SHA-512 and 8 digits too).
	 */
	public static String code(byte[] key, long step, String algorithm, int digits) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key, "RAW"));
			byte[] counter = new byte[8];
			long value = step;
			for (int i = 7; i >= 0; i--) {
				counter[i] = (byte) (value & 0xff);
				value >>>= 8;
			}
			byte[] hash = mac.doFinal(counter);
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			long modulus = 1;
			for (int i = 0; i < digits; i++) {
				modulus *= 10;
			}
			String code = Long.toString(binary % modulus);
			return "0".repeat(digits - code.length()) + code;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Base32 without padding, as authenticator apps expect. */
	public static String base32(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
		}
		return out.toString();
	}

	/**
	 * Reads Base32, ignoring spaces, hyphens, padding and case.
	 * @throws IllegalArgumentException for any other character
	 */
	@SuppressFBWarnings(value = "IMPROPER_UNICODE",
			justification = "Base32 is ASCII letters and digits; any other character left after upper-casing is refused")
	public static byte[] fromBase32(String text) {
		String clean = text.replaceAll("[\\s=-]", "").toUpperCase(Locale.ROOT);
		byte[] out = new byte[clean.length() * 5 / 8];
		int buffer = 0;
		int bits = 0;
		int index = 0;
		for (char c : clean.toCharArray()) {
			int value = BASE32.indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("Not Base32: " + c);
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out[index++] = (byte) (buffer >> (bits - 8));
				bits -= 8;
			}
		}
		return out;
	}

	/** A Base32 key written in groups of four, for typing in. */
	public static String grouped(String base32) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < base32.length(); i += 4) {
			if (i > 0) {
				out.append(' ');
			}
			out.append(base32, i, Math.min(base32.length(), i + 4));
		}
		return out.toString();
	}

}
