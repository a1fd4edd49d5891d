package io.chancery.links.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key that signs link tokens: {@code chancery.links.signing-key} (base64, at least 32 bytes), or
 * else one generated once and kept in the data folder. Links live for weeks (a customer approves a
 * quote days after it was sent), so a key that changed at every restart would break them.
 */
@Configuration(proxyBeanMethods = false)
class LinksConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LinksConfiguration.class);

	private static final int KEY_BYTES = 32;

	@Bean
	LinkTokens linkTokens(@Value("${chancery.links.signing-key:}") String configured,
			@Value("${chancery.data-dir}") String dataDir) throws IOException {
		return new LinkTokens(configured.isBlank() ? keptKey(Path.of(dataDir, "keys", "link-signing.key")) : decode(configured));
	}

	private static byte[] decode(String configured) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(configured.trim());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("chancery.links.signing-key must be base64 (openssl rand -base64 32)");
		}
		if (key.length < KEY_BYTES) {
			throw new IllegalStateException("chancery.links.signing-key must be at least " + KEY_BYTES + " bytes");
		}
		return key;
	}

	private static byte[] keptKey(Path file) throws IOException {
		if (Files.exists(file)) {
			return decode(Files.readString(file));
		}
		byte[] key = new byte[KEY_BYTES];
		new SecureRandom().nextBytes(key);
		Files.createDirectories(file.getParent());
		Files.writeString(file, Base64.getEncoder().encodeToString(key));
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException notPosix) {
			// Windows: the folder's own permissions apply
		}
		log.info("Generated the link signing key in {}; set chancery.links.signing-key to manage it yourself", file);
		return key;
	}

}
