package io.chancery.storage.internal;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code chancery.storage.*}. The type picks the adapter (see the configurations); it is bound here
 * too, so that a misspelt type stops start-up instead of leaving the app without storage.
 */
@ConfigurationProperties("chancery.storage")
record StorageProperties(@DefaultValue("local") Type type, @DefaultValue("10MB") DataSize maxFileSize,
		@DefaultValue("PT5M") Duration urlValidity, String signingKey, @DefaultValue S3 s3) {

	/** Signed URLs are bearer credentials: they must not outlive a few minutes. */
	static final Duration LONGEST_URL_VALIDITY = Duration.ofMinutes(5);

	StorageProperties {
		if (!urlValidity.isPositive() || urlValidity.compareTo(LONGEST_URL_VALIDITY) > 0) {
			throw new IllegalArgumentException("chancery.storage.url-validity is " + urlValidity
					+ ", but signed URLs must be valid for more than zero and at most " + LONGEST_URL_VALIDITY);
		}
	}

	enum Type {

		LOCAL, S3

	}

	/**
	 * {@code chancery.storage.s3.*}. Browsers cannot always reach the endpoint the app uses (in
	 * docker-compose the app says {@code minio:9000}, a browser {@code localhost:9000}), hence the
	 * separate public base URL and presign endpoint.
	 */
	record S3(URI endpoint, @DefaultValue("us-east-1") String region, String accessKey, String secretKey,
			boolean pathStyle, String privateBucket, String publicBucket, URI publicBaseUrl, URI presignEndpoint) {

		/** Without the keys: a configuration object may end up in a log line or an exception message. */
		@Override
		public String toString() {
			return "S3[endpoint=" + endpoint + ", region=" + region + ", pathStyle=" + pathStyle + ", privateBucket="
					+ privateBucket + ", publicBucket=" + publicBucket + ", publicBaseUrl=" + publicBaseUrl
					+ ", presignEndpoint=" + presignEndpoint + "]";
		}

	}

}
