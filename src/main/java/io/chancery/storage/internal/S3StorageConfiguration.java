package io.chancery.storage.internal;

import java.net.URI;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** {@code chancery.storage.type=s3}: S3 or any S3-compatible store (MinIO in docker-compose). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "chancery.storage.type", havingValue = "s3")
class S3StorageConfiguration {

	@Bean
	S3Client s3Client(StorageProperties storage) {
		StorageProperties.S3 s3 = storage.s3();
		var client = S3Client.builder()
			.region(Region.of(s3.region()))
			.credentialsProvider(credentials(s3))
			.forcePathStyle(s3.pathStyle())
			.httpClient(UrlConnectionHttpClient.create());
		if (s3.endpoint() != null) {
			client.endpointOverride(s3.endpoint());
		}
		return client.build();
	}

	@Bean
	S3Presigner s3Presigner(StorageProperties storage) {
		StorageProperties.S3 s3 = storage.s3();
		var presigner = S3Presigner.builder()
			.region(Region.of(s3.region()))
			.credentialsProvider(credentials(s3))
			.serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(s3.pathStyle()).build());
		URI endpoint = s3.presignEndpoint() != null ? s3.presignEndpoint() : s3.endpoint();
		if (endpoint != null) {
			presigner.endpointOverride(endpoint);
		}
		return presigner.build();
	}

	@Bean
	S3FileStore s3FileStore(StorageProperties storage, S3Client client, S3Presigner presigner, ContentCheck check) {
		StorageProperties.S3 s3 = storage.s3();
		String publicBucket = required(s3.publicBucket(), "public-bucket");
		URI publicBaseUrl = s3.publicBaseUrl();
		if (publicBaseUrl == null) {
			publicBaseUrl = URI.create(required(s3.endpoint(), "public-base-url") + "/" + publicBucket);
		}
		return new S3FileStore(client, presigner, check, required(s3.privateBucket(), "private-bucket"), publicBucket,
				publicBaseUrl, storage.urlValidity());
	}

	/** Keys from the settings, else the AWS default chain (environment, profile, instance role). */
	private static AwsCredentialsProvider credentials(StorageProperties.S3 s3) {
		return s3.accessKey() == null ? DefaultCredentialsProvider.builder().build()
				: StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey()));
	}

	private static <T> T required(T value, String name) {
		if (value == null) {
			throw new IllegalStateException("chancery.storage.type=s3 needs chancery.storage.s3." + name);
		}
		return value;
	}

}
