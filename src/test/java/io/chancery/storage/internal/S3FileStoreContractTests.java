package io.chancery.storage.internal;

import static io.chancery.storage.StorageArea.PRIVATE;
import static io.chancery.storage.StorageArea.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import io.chancery.storage.FileKind;
import io.chancery.storage.FileStore;
import io.chancery.storage.SignedUrl;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The S3 store against S3Mock, a real S3-protocol server in its own process on loopback. */
class S3FileStoreContractTests extends FileStoreContract {

	private static final String PRIVATE_BUCKET = "chancery-private";

	private static final String PUBLIC_BUCKET = "chancery-public";

	private static final S3StorageConfiguration CONFIGURATION = new S3StorageConfiguration();

	private static S3MockServer s3mock;

	private static StorageProperties settings;

	private static S3Client client;

	private static S3Presigner presigner;

	private Duration clockOffset = Duration.ZERO;

	@BeforeAll
	static void startS3Mock(@TempDir Path storeRoot) throws Exception {
		s3mock = S3MockServer.start(storeRoot, PRIVATE_BUCKET, PUBLIC_BUCKET);
		settings = settings(null);
		client = CONFIGURATION.s3Client(settings);
		presigner = CONFIGURATION.s3Presigner(settings);
	}

	@AfterAll
	static void stopS3Mock() throws InterruptedException {
		if (client != null) {
			client.close();
			presigner.close();
		}
		if (s3mock != null) {
			s3mock.close();
		}
	}

	@Override
	protected FileStore store() {
		return CONFIGURATION.s3FileStore(settings, client, presigner,
				new ContentCheck(settings.maxFileSize(), Clock.offset(Clock.systemUTC(), clockOffset)));
	}

	@Override
	protected URI baseUrl() {
		return s3mock.endpoint();
	}

	@Override
	protected void advanceClock(Duration duration) {
		clockOffset = clockOffset.plus(duration);
	}

	@Override
	protected Set<String> storedFiles() {
		Set<String> files = new HashSet<>();
		for (String bucket : new String[] { PRIVATE_BUCKET, PUBLIC_BUCKET }) {
			client.listObjectsV2Paginator(list -> list.bucket(bucket))
				.contents()
				.forEach(object -> files.add(bucket + "/" + object.key()));
		}
		return files;
	}

	@Override
	@Test
	@Disabled("S3Mock checks neither signatures nor expiry (S3 and MinIO do); "
			+ "presignedUrlsLastAtMostFiveMinutes checks what they will enforce")
	void expiredSignedUrlIsRefused() {
	}

	@Override
	@Test
	@Disabled("S3Mock checks neither signatures nor expiry (S3 and MinIO do)")
	void tamperedSignedUrlIsRefused() {
	}

	@Test
	void presignedUrlsLastAtMostFiveMinutes() {
		String key = store(PRIVATE, sample(FileKind.PDF), ANY_KIND).key();

		SignedUrl url = store().signedUrl(key);

		Map<String, String> query = query(url.url());
		Instant signedAt = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
			.withZone(ZoneOffset.UTC)
			.parse(query.get("X-Amz-Date"), Instant::from);
		assertThat(Integer.parseInt(query.get("X-Amz-Expires"))).isPositive().isLessThanOrEqualTo(300);
		assertThat(url.expiresAt()).isEqualTo(signedAt.plusSeconds(Integer.parseInt(query.get("X-Amz-Expires"))));
		assertThat(query).containsEntry("response-content-disposition", "inline");
	}

	@Test
	void publicUrlsDefaultToTheEndpointAndPublicBucket() {
		String key = store(PUBLIC, sample(FileKind.PNG), ANY_KIND).key();

		assertThat(store().publicUrl(key)).isEqualTo(URI.create(s3mock.endpoint() + "/" + PUBLIC_BUCKET + "/" + key));
	}

	/** In docker-compose the app reaches MinIO as minio:9000, a browser as localhost:9000. */
	@Test
	void browserFacingUrlsUseTheirOwnSettings() {
		StorageProperties browserFacing = settings(URI.create("http://files.example.test:9000"));
		try (S3Presigner browserPresigner = CONFIGURATION.s3Presigner(browserFacing)) {
			FileStore browserStore = CONFIGURATION.s3FileStore(browserFacing, client, browserPresigner,
					new ContentCheck(settings.maxFileSize(), Clock.systemUTC()));
			String key = store(PRIVATE, sample(FileKind.PDF), ANY_KIND).key();

			assertThat(browserStore.signedUrl(key).url().toString())
				.startsWith("http://files.example.test:9000/" + PRIVATE_BUCKET + "/" + key + "?");
			assertThat(browserStore.publicUrl(key)).isEqualTo(URI.create("http://files.example.test:9000/public/" + key));
		}
	}

	/** The settings as application-cluster.properties gives them, against S3Mock. */
	private static StorageProperties settings(URI browserEndpoint) {
		URI publicBaseUrl = browserEndpoint == null ? null : URI.create(browserEndpoint + "/public/");
		return new StorageProperties(StorageProperties.Type.S3, DataSize.ofMegabytes(10), Duration.ofMinutes(5), null,
				new StorageProperties.S3(s3mock.endpoint(), "us-east-1", "chancery", "chancery-secret", true,
						PRIVATE_BUCKET, PUBLIC_BUCKET, publicBaseUrl, browserEndpoint));
	}

	private static Map<String, String> query(URI url) {
		return Stream.of(url.getQuery().split("&"))
			.map(pair -> pair.split("=", 2))
			.collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
	}

}
