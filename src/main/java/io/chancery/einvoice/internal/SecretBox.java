package io.chancery.einvoice.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets at rest with AES-256-GCM: a random 96-bit nonce per value, stored before the
 * ciphertext. The associated data names the company and the kind of secret, so a value copied into
 * another row or column does not decrypt.
 */
public final class SecretBox {

	private static final int NONCE_BYTES = 12;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	SecretBox(byte[] key) {
		if (key.length != 32) {
			throw new IllegalStateException("the secrets key must be 32 bytes");
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	public byte[] encrypt(byte[] plain, String context) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot encrypt", e);
		}
	}

	public byte[] decrypt(byte[] stored, String context) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, 0, NONCE_BYTES));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(
					"a stored e-invoice secret cannot be decrypted: was chancery.secrets.key changed? Enter the secret again", e);
		}
	}

	public byte[] encrypt(String plain, String context) {
		return encrypt(plain.getBytes(StandardCharsets.UTF_8), context);
	}

	public String decryptText(byte[] stored, String context) {
		return new String(decrypt(stored, context), StandardCharsets.UTF_8);
	}

}
