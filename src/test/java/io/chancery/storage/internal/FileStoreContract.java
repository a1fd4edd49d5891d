package io.chancery.storage.internal;

import static io.chancery.storage.StorageArea.PRIVATE;
import static io.chancery.storage.StorageArea.PUBLIC;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.chancery.shared.NotFoundException;
import io.chancery.storage.FileKind;
import io.chancery.storage.FileStore;
import io.chancery.storage.FileTooLargeException;
import io.chancery.storage.SignedUrl;
import io.chancery.storage.StorageArea;
import io.chancery.storage.StoredFile;
import io.chancery.storage.UnsupportedFileTypeException;
import io.chancery.support.SampleFiles;

/**
 * What every {@link FileStore} adapter promises, checked against each one with its real backend and
 * over real HTTP. Subclasses give the store with a 10 MB limit and five-minute URLs.
 */
abstract class FileStoreContract {

	static final Set<FileKind> ANY_KIND = EnumSet.allOf(FileKind.class);

	/** A Windows executable ("MZ"), which no name such as invoice.pdf turns into a PDF. */
	static final byte[] EXECUTABLE = withFiller("MZ\u0090\u0000\u0003".getBytes(US_ASCII));

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	protected abstract FileStore store();

	/** Where the store's relative URLs point (the running app, for the local store). */
	protected abstract URI baseUrl();

	/** Moves the clock that the signed URLs are checked against. */
	protected abstract void advanceClock(Duration duration);

	/** Every file kept, in either area, as "area/key". */
	protected abstract Set<String> storedFiles() throws IOException;

	@ParameterizedTest
	@EnumSource(FileKind.class)
	void storesEveryKindAndReadsItBack(FileKind kind) throws IOException {
		byte[] content = sample(kind);

		StoredFile stored = store(PRIVATE, content, ANY_KIND);

		assertThat(stored.kind()).isEqualTo(kind);
		assertThat(stored.size()).isEqualTo(content.length);
		assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(sha256(content)));
		assertThat(stored.key()).matches("\\d{4}/\\d{2}/[0-9a-f-]{36}");
		try (InputStream read = store().open(PRIVATE, stored.key())) {
			assertThat(read.readAllBytes()).isEqualTo(content);
		}
	}

	@Test
	void keysAreNewForEveryFile() {
		byte[] content = sample(FileKind.PDF);

		assertThat(store(PRIVATE, content, ANY_KIND).key()).isNotEqualTo(store(PRIVATE, content, ANY_KIND).key());
	}

	@Test
	void refusesAnExecutableWhateverItIsCalledWith415() throws IOException {
		Set<String> before = storedFiles();

		assertThatThrownBy(() -> store(PRIVATE, EXECUTABLE, ANY_KIND)).isInstanceOf(UnsupportedFileTypeException.class)
			.hasMessage("Only PDF, JPEG, PNG, HEIC, XLSX files are accepted; this file looks like something else");
		assertThat(declaredStatus(UnsupportedFileTypeException.class)).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertThat(storedFiles()).isEqualTo(before);
	}

	@Test
	void refusesAKindThatIsNotAllowedForThisUse() {
		assertThatThrownBy(() -> store(PUBLIC, sample(FileKind.PDF), EnumSet.of(FileKind.PNG, FileKind.JPEG)))
			.isInstanceOf(UnsupportedFileTypeException.class)
			.hasMessage("Only JPEG, PNG files are accepted; this file is a PDF");
	}

	@Test
	void refusesAFileOverTheLimitWith413AndKeepsNothing() throws IOException {
		byte[] elevenMegabytes = Arrays.copyOf(sample(FileKind.PNG), 11 * 1024 * 1024);
		Set<String> before = storedFiles();
		Set<Path> temporaryBefore = temporaryFiles();

		assertThatThrownBy(() -> store(PRIVATE, elevenMegabytes, ANY_KIND)).isInstanceOf(FileTooLargeException.class)
			.hasMessage("The file is 11.0 MB; the limit is 10 MB");
		assertThat(declaredStatus(FileTooLargeException.class)).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
		assertThat(storedFiles()).isEqualTo(before);
		assertThat(temporaryFiles()).isSubsetOf(temporaryBefore);
	}

	@Test
	void storesAFileTheAppWroteBeyondTheUploadLimitButStillChecksItsKind() throws IOException {
		byte[] elevenMegabytes = Arrays.copyOf(sample(FileKind.XLSX), 11 * 1024 * 1024);

		StoredFile stored = store().storeGenerated(PRIVATE, new ByteArrayInputStream(elevenMegabytes), FileKind.XLSX);

		assertThat(stored.kind()).isEqualTo(FileKind.XLSX);
		assertThat(stored.size()).isEqualTo(elevenMegabytes.length);
		try (InputStream read = store().open(PRIVATE, stored.key())) {
			assertThat(read.readAllBytes()).isEqualTo(elevenMegabytes);
		}
		assertThatThrownBy(() -> store().storeGenerated(PRIVATE, new ByteArrayInputStream(sample(FileKind.PDF)), FileKind.XLSX))
			.isInstanceOf(UnsupportedFileTypeException.class)
			.hasMessage("Only XLSX files are accepted; this file is a PDF");
	}

	@Test
	void refusesAnEmptyFile() {
		assertThatThrownBy(() -> store(PRIVATE, new byte[0], ANY_KIND)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("The file is empty");
	}

	@Test
	void signedUrlDownloadsTheSameBytes() {
		byte[] content = sample(FileKind.JPEG);
		StoredFile stored = store(PRIVATE, content, ANY_KIND);

		HttpResponse<byte[]> response = get(store().signedUrl(stored.key()).url());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(content);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
	}

	@Test
	void expiredSignedUrlIsRefused() {
		SignedUrl url = store().signedUrl(store(PRIVATE, sample(FileKind.PDF), ANY_KIND).key());

		advanceClock(Duration.ofMinutes(5).plusSeconds(1));

		assertThat(get(url.url()).statusCode()).isEqualTo(403);
	}

	@Test
	void tamperedSignedUrlIsRefused() {
		StoredFile mine = store(PRIVATE, sample(FileKind.PDF), ANY_KIND);
		StoredFile other = store(PRIVATE, sample(FileKind.PDF), ANY_KIND);
		URI url = store().signedUrl(mine.key()).url();

		assertThat(get(URI.create(url.toString().replace(mine.key(), other.key()))).statusCode()).as("other key")
			.isEqualTo(403);
		assertThat(get(URI.create(url.toString().substring(0, url.toString().indexOf('?')))).statusCode())
			.as("no signature")
			.isEqualTo(403);
	}

	@Test
	void publicUrlServesPublicFilesToAnyone() {
		byte[] content = sample(FileKind.PNG);
		StoredFile stored = store(PUBLIC, content, ANY_KIND);

		HttpResponse<byte[]> response = get(store().publicUrl(stored.key()));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(content);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
	}

	@Test
	void deletedFilesAreGone() throws IOException {
		StoredFile stored = store(PRIVATE, sample(FileKind.HEIC), ANY_KIND);

		store().delete(PRIVATE, stored.key());

		assertThat(storedFiles()).noneMatch(file -> file.endsWith(stored.key()));
		assertThatThrownBy(() -> store().open(PRIVATE, stored.key())).isInstanceOf(NotFoundException.class);
		assertThat(get(store().signedUrl(stored.key()).url()).statusCode()).isEqualTo(404);
	}

	StoredFile store(StorageArea area, byte[] content, Set<FileKind> allowed) {
		return store().store(area, new ByteArrayInputStream(content), allowed);
	}

	HttpResponse<byte[]> get(URI url) {
		try {
			return HTTP.send(HttpRequest.newBuilder(baseUrl().resolve(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** A whole file of this kind (HEIC: its leading bytes and a random rest, all that the checks look at). */
	static byte[] sample(FileKind kind) {
		return switch (kind) {
			case PDF -> SampleFiles.pdf();
			case JPEG -> SampleFiles.jpeg(40, 30);
			case PNG -> SampleFiles.png(40, 30);
			case HEIC -> withFiller(new byte[] { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c' });
			case XLSX -> withFiller(new byte[] { 'P', 'K', 3, 4 });
		};
	}

	private static byte[] withFiller(byte[] head) {
		byte[] content = Arrays.copyOf(head, 4096);
		byte[] filler = new byte[content.length - head.length];
		ThreadLocalRandom.current().nextBytes(filler);
		System.arraycopy(filler, 0, content, head.length, filler.length);
		return content;
	}

	private static byte[] sha256(byte[] content) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(content);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static HttpStatus declaredStatus(Class<?> exception) {
		return AnnotatedElementUtils.findMergedAnnotation(exception, ResponseStatus.class).code();
	}

	private static Set<Path> temporaryFiles() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(file -> file.getFileName().toString().startsWith("chancery-upload-"))
				.collect(Collectors.toSet());
		}
	}

}
