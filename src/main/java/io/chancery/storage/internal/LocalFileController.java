package io.chancery.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.chancery.storage.StorageArea;

/**
 * Serves the local store's files. The security configuration lets every request through: for a
 * private file the signature is the authorisation. Nothing here is logged, because a signed URL is
 * a credential.
 */
@Controller
@ConditionalOnProperty(name = "chancery.storage.type", havingValue = "local", matchIfMissing = true)
class LocalFileController {

	/** Keys are never reused for other content, so public files can be cached for good. */
	private static final CacheControl PUBLIC_CACHE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private static final CacheControl PRIVATE_CACHE = CacheControl.noStore().cachePrivate();

	private final LocalFileStore files;

	private final UrlSigner signer;

	LocalFileController(LocalFileStore files, UrlSigner signer) {
		this.files = files;
		this.signer = signer;
	}

	@GetMapping("/files/private/{*key}")
	ResponseEntity<?> privateFile(@PathVariable String key, @RequestParam(required = false) String expires,
			@RequestParam(required = false) String signature) throws IOException {
		String fileKey = key.substring(1);
		if (!FileKeys.isValid(fileKey) || !signer.verify(fileKey, expires, signature)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN)
				.contentType(MediaType.TEXT_PLAIN)
				.body("This link is not valid or has expired. Ask for a new one.");
		}
		return serve(StorageArea.PRIVATE, fileKey, PRIVATE_CACHE);
	}

	@GetMapping("/files/public/{*key}")
	ResponseEntity<?> publicFile(@PathVariable String key) throws IOException {
		String fileKey = key.substring(1);
		if (!FileKeys.isValid(fileKey)) {
			return ResponseEntity.notFound().build();
		}
		return serve(StorageArea.PUBLIC, fileKey, PUBLIC_CACHE);
	}

	private ResponseEntity<?> serve(StorageArea area, String key, CacheControl cache) throws IOException {
		Path file = files.file(area, key);
		if (!Files.isRegularFile(file)) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(mediaType(file))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(cache)
			.body(new FileSystemResource(file));
	}

	/** Sniffed again rather than stored: every file passed the same check on the way in. */
	private static MediaType mediaType(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return FileSignatures.detect(in.readNBytes(FileSignatures.HEAD_LENGTH))
				.map(kind -> MediaType.parseMediaType(kind.mediaType()))
				.orElse(MediaType.APPLICATION_OCTET_STREAM);
		}
	}

}
