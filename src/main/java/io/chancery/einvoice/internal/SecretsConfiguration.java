package io.chancery.einvoice.internal;

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
 * The key that encrypts e-invoice secrets: {@code chancery.secrets.key} (base64, 32 bytes), or else one
 * generated once and kept in the data folder (a key that changed at each start would lose the secrets).
 */
@Configuration(proxyBeanMethods = false)
class SecretsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecretsConfiguration.class);

	@Bean
	SecretBox secretBox(@Value("${chancery.secrets.key:}") String configured,
			@Value("${chancery.data-dir}") String dataDir) throws IOException {
		return new SecretBox(configured.isBlank() ? keptKey(Path.of(dataDir, "keys", "secrets.key")) : decode(configured));
	}

	private static byte[] decode(String configured) {
		try {
			byte[] key = Base64.getDecoder().decode(configured.trim());
			if (key.length == 32) {
				return key;
			}
		}
		catch (IllegalArgumentException e) {
			// reported below
		}
		throw new IllegalStateException("chancery.secrets.key must be 32 bytes in base64 (openssl rand -base64 32)");
	}

	private static byte[] keptKey(Path file) throws IOException {
		if (Files.exists(file)) {
			return decode(Files.readString(file));
		}
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		Files.createDirectories(file.getParent());
		Files.writeString(file, Base64.getEncoder().encodeToString(key));
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException notPosix) {
			// Windows: the folder's own permissions apply
		}
		log.info("Generated the key that encrypts e-invoice secrets in {}; set chancery.secrets.key to manage it yourself "
				+ "(keep a copy: without it the stored client secrets and certificates cannot be read)", file);
		return key;
	}

}
