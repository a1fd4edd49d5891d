package io.chancery.storage.internal;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** What both adapters share; {@link LocalStorageConfiguration} or {@link S3StorageConfiguration} adds the store. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

	@Bean
	ContentCheck contentCheck(StorageProperties storage, ObjectProvider<MultipartProperties> multipart, Clock clock) {
		multipart.ifAvailable(spring -> requireAbove(storage.maxFileSize(), spring));
		return new ContentCheck(storage.maxFileSize(), clock);
	}

	/**
	 * Spring's multipart limits must stay above the app's own: otherwise a file just over the limit is
	 * cut off by Spring before the app can say how large it is and what the limit is.
	 */
	private static void requireAbove(DataSize limit, MultipartProperties spring) {
		for (DataSize springLimit : new DataSize[] { spring.getMaxFileSize(), spring.getMaxRequestSize() }) {
			if (springLimit.toBytes() >= 0 && springLimit.toBytes() <= limit.toBytes()) {
				throw new IllegalStateException("spring.servlet.multipart.max-file-size (" + readable(spring.getMaxFileSize())
						+ ") and max-request-size (" + readable(spring.getMaxRequestSize())
						+ ") must be larger than chancery.storage.max-file-size (" + readable(limit)
						+ "): raise them together");
			}
		}
	}

	/** As written in the settings: 11MB rather than DataSize's 11534336B. */
	private static String readable(DataSize size) {
		return size.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0 ? size.toMegabytes() + "MB" : size.toString();
	}

}
