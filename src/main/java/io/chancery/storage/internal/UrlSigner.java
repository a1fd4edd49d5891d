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
		String signature = Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, expires));
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
			byte[] given = Base64.getUrlDecoder().decode(signature);
			// constant-time, so response times do not reveal how much of a forged signature was right
			return MessageDigest.isEqual(mac(key, expiresAt), given) && clock.instant().getEpochSecond() <= expiresAt;
		}
		catch (IllegalArgumentException malformed) {
			return false;
		}
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
