package io.chancery.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.web.servlet.MultipartAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import io.chancery.storage.FileStore;
import software.amazon.awssdk.services.s3.S3Client;

/** Which store the settings give, and which settings stop the app at start-up with a clear message. */
class StorageConfigurationTests {

	private final WebApplicationContextRunner context = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MultipartAutoConfiguration.class))
		.withUserConfiguration(StorageConfiguration.class, LocalStorageConfiguration.class,
				S3StorageConfiguration.class)
		.withBean(Clock.class, Clock::systemUTC)
		.withPropertyValues("chancery.data-dir=target/test-data", "spring.servlet.multipart.max-file-size=11MB",
				"spring.servlet.multipart.max-request-size=12MB");

	@Test
	void theLocalStoreUnlessToldOtherwise() {
		context.run(app -> assertThat(app).hasSingleBean(FileStore.class)
			.getBean(FileStore.class)
			.isInstanceOf(LocalFileStore.class));
	}

	@Test
	void theS3StoreWithTheClusterSettings() {
		context.withPropertyValues("chancery.storage.type=s3", "chancery.storage.s3.endpoint=http://minio:9000",
				"chancery.storage.s3.access-key=chancery", "chancery.storage.s3.secret-key=chancery-secret",
				"chancery.storage.s3.path-style=true", "chancery.storage.s3.private-bucket=chancery-private",
				"chancery.storage.s3.public-bucket=chancery-public")
			.run(app -> {
				assertThat(app).hasSingleBean(S3Client.class).doesNotHaveBean(UrlSigner.class);
				assertThat(app.getBean(FileStore.class)).isInstanceOf(S3FileStore.class);
			});
	}

	@Test
	void signedUrlsValidLongerThanFiveMinutesAreRefused() {
		context.withPropertyValues("chancery.storage.url-validity=PT10M")
			.run(app -> assertThat(app).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("chancery.storage.url-validity is PT10M")
				.hasMessageContaining("at most PT5M"));
	}

	@Test
	void aShortSigningKeyIsRefused() {
		context.withPropertyValues("chancery.storage.signing-key=c2hvcnQ=")
			.run(app -> assertThat(app).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("chancery.storage.signing-key must be at least 32 bytes"));
	}

	@Test
	void aMisspeltTypeIsRefused() {
		context.withPropertyValues("chancery.storage.type=minio")
			.run(app -> assertThat(app).hasFailed().getFailure().hasStackTraceContaining("minio"));
	}

	@Test
	void springsMultipartLimitMustStayAboveTheAppsOwn() {
		context.withPropertyValues("chancery.storage.max-file-size=20MB")
			.run(app -> assertThat(app).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("must be larger than chancery.storage.max-file-size (20MB)"));
	}

	@Test
	void anS3StoreWithoutBucketsIsRefused() {
		context.withPropertyValues("chancery.storage.type=s3", "chancery.storage.s3.endpoint=http://minio:9000",
				"chancery.storage.s3.access-key=chancery", "chancery.storage.s3.secret-key=chancery-secret")
			.run(app -> assertThat(app).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("chancery.storage.type=s3 needs chancery.storage.s3.public-bucket"));
	}

}
