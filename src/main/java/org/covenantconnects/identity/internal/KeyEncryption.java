package org.covenantconnects.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts second-factor keys with AES-256-GCM under a key that is not in the database:
 * {@code connects.second-factor.encryption-key} (Base64 of 32 bytes), or, when that is
 * not set, a key generated once into {@code second-factor.key} in the data directory,
 * beside the embedded database, for running locally and the demo.
 */
@Component
public final class KeyEncryption {

	private static final int NONCE_BYTES = 12;

	private final SecureRandom random = new SecureRandom();

	private final SecretKeySpec key;

	KeyEncryption(@Value("${connects.second-factor.encryption-key:}") String configured,
			@Value("${connects.data-dir:./data}") String dataDirectory) {
		byte[] bytes = StringUtils.hasText(configured) ? Base64.getDecoder().decode(configured.trim())
				: generatedKey(Path.of(dataDirectory, "second-factor.key"));
		if (bytes.length != 32) {
			throw new IllegalStateException("connects.second-factor.encryption-key must be 32 bytes in Base64");
		}
		this.key = new SecretKeySpec(bytes, "AES");
	}

	private byte[] generatedKey(Path file) {
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file).trim());
			}
			Files.createDirectories(Objects.requireNonNull(file.toAbsolutePath().getParent(), "a folder for the key"));
			byte[] bytes = new byte[32];
			this.random.nextBytes(bytes);
			Files.writeString(file, Base64.getEncoder().encodeToString(bytes), StandardOpenOption.CREATE_NEW);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException notPosix) {
				// The file system's own permissions apply.
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A fresh nonce followed by the ciphertext and its tag. */
	public byte[] encrypt(byte[] plain) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @throws IllegalStateException when the data was sealed under another key or changed
	 */
	public byte[] decrypt(byte[] sealed) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(128, sealed, 0, NONCE_BYTES));
			return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A second-factor key could not be decrypted", ex);
		}
	}

}
