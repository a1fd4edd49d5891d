package io.chancery.storage.internal;

import static io.chancery.storage.StorageArea.PRIVATE;
import static io.chancery.storage.StorageArea.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.chancery.storage.FileKind;
import io.chancery.storage.FileStore;
import io.chancery.storage.SignedUrl;
import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;

/** The local store, as the app runs it (embedded mode): its own signed URLs, served by the app. */
@ChanceryIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LocalFileStoreContractTests extends FileStoreContract {

	@LocalServerPort
	int port;

	@Autowired
	FileStore files;

	@Autowired
	Clock clock;

	@Value("${chancery.data-dir}")
	String dataDir;

	@Override
	protected FileStore store() {
		return files;
	}

	@Override
	protected URI baseUrl() {
		return URI.create("http://localhost:" + port);
	}

	/** Through the dev clock, which moves the application clock the app checks signed URLs against. */
	@Override
	protected void advanceClock(Duration duration) {
		ApiClient admin = ApiClient.as(port, "admin@demo.chancery", "demo");
		assertThat(admin.post("/api/v1/dev/clock", Map.of("advance", duration.toString())).status()).isEqualTo(200);
	}

	@Override
	protected Set<String> storedFiles() throws IOException {
		Path root = Path.of(dataDir, "files");
		if (!Files.exists(root)) {
			return Set.of();
		}
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(Files::isRegularFile).map(path -> root.relativize(path).toString()).collect(Collectors.toSet());
		}
	}

	@Test
	void theStoreIsTheLocalOne() {
		assertThat(files).isInstanceOf(LocalFileStore.class);
	}

	@Test
	void signedUrlsExpireFiveMinutesAheadOnTheApplicationClock() {
		String key = store(PRIVATE, sample(FileKind.PDF), ANY_KIND).key();
		Instant before = clock.instant();

		SignedUrl url = files.signedUrl(key);

		// whole seconds: at most five minutes, and less than a second short of them
		assertThat(url.expiresAt()).isAfter(before.plus(Duration.ofMinutes(5)).minusSeconds(1))
			.isBeforeOrEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
		assertThat(url.url().getQuery()).contains("expires=" + url.expiresAt().getEpochSecond());
	}

	@Test
	void privateFilesAreShownInlineAndNeverCached() {
		String key = store(PRIVATE, sample(FileKind.PDF), ANY_KIND).key();

		HttpResponse<byte[]> response = get(files.signedUrl(key).url());

		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition")).hasValue("inline");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store, private");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void publicFilesAreServedWithoutSniffing() {
		String key = store(PUBLIC, sample(FileKind.PNG), ANY_KIND).key();

		HttpResponse<byte[]> response = get(files.publicUrl(key));

		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(get(URI.create("/files/private/" + key)).statusCode()).as("not in the private area").isEqualTo(403);
	}

	@Test
	void aChangedExpiryOrSignatureIsRefusedAndNothingSecretIsLogged(CapturedOutput output) {
		String key = store(PRIVATE, sample(FileKind.PDF), ANY_KIND).key();
		SignedUrl url = files.signedUrl(key);
		String signed = url.url().toString();
		String signature = signed.substring(signed.indexOf("signature=") + "signature=".length());
		long expires = url.expiresAt().getEpochSecond();

		assertThat(get(URI.create(signed.replace("expires=" + expires, "expires=" + (expires + 60)))).statusCode())
			.as("later expiry")
			.isEqualTo(403);
		String otherSignature = (signature.startsWith("A") ? "B" : "A") + signature.substring(1);
		assertThat(get(URI.create(signed.replace(signature, otherSignature))).statusCode())
			.as("other signature")
			.isEqualTo(403);
		assertThat(get(URI.create(signed.replace(signature, "not*base64"))).statusCode()).as("malformed").isEqualTo(403);
		assertThat(get(URI.create("/files/private/..%2F..%2Fetc%2Fpasswd?expires=1&signature=x")).statusCode())
			.as("not a key")
			.isIn(400, 403);
		assertThat(get(url.url()).statusCode()).as("the original still works").isEqualTo(200);
		assertThat(output.getAll()).doesNotContain(signature);
	}

}
