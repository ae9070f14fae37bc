package org.covenantconnects.giveaway;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;

/**
 * How a draw is made, so that anyone can make it again from what is recorded (ADR 039).
 * <ul>
 * <li>Each eligible person's entry is the SHA-256 of the draw's id, a colon and their
 * account's id, in lowercase hexadecimal.</li>
 * <li>The fingerprint of the list is the SHA-256 of the entries, sorted, each followed by
 * a line feed: what {@code sha256sum} prints for the list downloaded from the draw's
 * page.</li>
 * <li>The winner is the entry at position (counting from 0, in the sorted list) given by
 * the SHA-256 of the seed, a colon and the fingerprint, read as an unsigned number,
 * modulo the number of entries.</li>
 * </ul>
 */
public final class TheDraw {

	private static final HexFormat HEX = HexFormat.of();

	private TheDraw() {
	}

	/** The entry of this person in this draw. */
	public static String entry(UUID draw, AccountId person) {
		return sha256(draw + ":" + person.value());
	}

	/** The entries, sorted as the fingerprint and the winner read them. */
	public static List<String> sorted(Collection<String> entries) {
		return entries.stream().sorted().toList();
	}

	/** The fingerprint of a list of entries, in any order. */
	public static String fingerprint(Collection<String> entries) {
		StringBuilder list = new StringBuilder();
		sorted(entries).forEach((entry) -> list.append(entry).append('\n'));
		return sha256(list.toString());
	}

	/** The winning entry, or empty when there are no entries. */
	public static Optional<String> winner(String seed, Collection<String> entries) {
		if (entries.isEmpty()) {
			return Optional.empty();
		}
		List<String> sorted = sorted(entries);
		BigInteger number = new BigInteger(1, digest(seed + ":" + fingerprint(sorted)));
		return Optional.of(sorted.get(number.mod(BigInteger.valueOf(sorted.size())).intValueExact()));
	}

	static String sha256(String text) {
		return HEX.formatHex(digest(text));
	}

	private static byte[] digest(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
