package io.chancery.tenancy.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Scripts call the API with HTTP Basic, so every request carries the password, and checking it against
 * its BCrypt hash costs tens of milliseconds of CPU: the API's throughput was bound by it. This encoder
 * remembers which (password, stored hash) pairs matched, as an HMAC under a key that lives only in this
 * process, and answers a repeat without BCrypt. The user is still loaded on every request, so a disabled
 * or locked account or a changed role counts at once; a changed password has a new hash, which is not
 * remembered. Only matches are remembered: a wrong password always pays the full BCrypt cost.
 */
final class RememberingPasswordEncoder implements PasswordEncoder {

	private static final int REMEMBERED = 10_000;

	private final PasswordEncoder delegate;

	private final SecretKeySpec key;

	private final Set<String> matched = Collections.newSetFromMap(Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > REMEMBERED;
		}

	}));

	RememberingPasswordEncoder(PasswordEncoder delegate) {
		this.delegate = delegate;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return delegate.matches(rawPassword, encodedPassword);
		}
		String pair = fingerprint(rawPassword, encodedPassword);
		if (matched.contains(pair)) {
			return true;
		}
		boolean matches = delegate.matches(rawPassword, encodedPassword);
		if (matches) {
			matched.add(pair);
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}

	private String fingerprint(CharSequence rawPassword, String encodedPassword) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return Base64.getEncoder().encodeToString(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
		}
	}

}
