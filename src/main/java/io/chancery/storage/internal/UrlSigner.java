package io.chancery.storage.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.chancery.storage.SignedUrl;

/**
 * The local store's signed URLs for private files: an HMAC-SHA256 over the key and the expiry time,
 * valid for the configured time on the application clock (which the dev clock may move).
 */
class UrlSigner {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec secret;

	private final Duration validity;

	private final Clock clock;

	UrlSigner(byte[] secret, Duration validity, Clock clock) {
		this.secret = new SecretKeySpec(secret, ALGORITHM);
		this.validity = validity;
		this.clock = clock;
	}

	SignedUrl sign(String key) {
		long expires = clock.instant().plus(validity).getEpochSecond();
		String signature = encode(mac(key, expires));
		return new SignedUrl(URI.create("/files/private/" + key + "?expires=" + expires + "&signature=" + signature),
				Instant.ofEpochSecond(expires));
	}

	/** True only for a signature we made for exactly this key and expiry time, while that time has not passed. */
	boolean verify(String key, String expires, String signature) {
		if (expires == null || signature == null) {
			return false;
		}
		try {
			long expiresAt = Long.parseLong(expires);
			// Compared as text, not decoded bytes: the decoder ignores the last character's spare bits,
			// so a different string could decode to the same signature. Constant-time, so response
			// times do not reveal how much of a forged signature was right.
			byte[] expected = encode(mac(key, expiresAt)).getBytes(UTF_8);
			return MessageDigest.isEqual(expected, signature.getBytes(UTF_8))
					&& clock.instant().getEpochSecond() <= expiresAt;
		}
		catch (NumberFormatException malformed) {
			return false;
		}
	}

	private static String encode(byte[] mac) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
	}

	private byte[] mac(String key, long expires) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(secret);
			return mac.doFinal((key + "\n" + expires).getBytes(UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Every Java runtime has " + ALGORITHM, e);
		}
	}

}
