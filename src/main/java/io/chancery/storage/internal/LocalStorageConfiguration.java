package io.chancery.storage.internal;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default store: files under the data folder, signed URLs issued and checked by the app itself. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "chancery.storage.type", havingValue = "local", matchIfMissing = true)
class LocalStorageConfiguration {

	private static final Logger log = LoggerFactory.getLogger(LocalStorageConfiguration.class);

	/** HMAC-SHA256 wants a key at least as long as its output. */
	private static final int SIGNING_KEY_BYTES = 32;

	@Bean
	UrlSigner urlSigner(StorageProperties storage, Clock clock) {
		return new UrlSigner(signingKey(storage.signingKey()), storage.urlValidity(), clock);
	}

	@Bean
	LocalFileStore localFileStore(@Value("${chancery.data-dir}") String dataDir, ContentCheck check, UrlSigner signer) {
		return new LocalFileStore(Path.of(dataDir, "files"), check, signer);
	}

	private static byte[] signingKey(String configured) {
		if (configured == null || configured.isBlank()) {
			log.info("chancery.storage.signing-key is not set: signed file URLs use a random key and stop working "
					+ "when the app restarts");
			byte[] key = new byte[SIGNING_KEY_BYTES];
			new SecureRandom().nextBytes(key);
			return key;
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(configured.trim());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("chancery.storage.signing-key must be base64 (openssl rand -base64 32)");
		}
		if (key.length < SIGNING_KEY_BYTES) {
			throw new IllegalStateException("chancery.storage.signing-key must be at least " + SIGNING_KEY_BYTES
					+ " bytes, base64-encoded (openssl rand -base64 32)");
		}
		return key;
	}

}
