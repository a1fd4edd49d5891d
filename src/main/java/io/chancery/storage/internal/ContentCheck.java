package io.chancery.storage.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.util.unit.DataSize;

import io.chancery.storage.FileKind;
import io.chancery.storage.FileTooLargeException;
import io.chancery.storage.StoredFile;
import io.chancery.storage.UnsupportedFileTypeException;

/**
 * The checks every upload passes, whichever backend keeps it: the kind is sniffed from the leading
 * bytes, the size is limited, the SHA-256 is computed on the way, and the file must be whole (see
 * {@link FileStructure}). The content is streamed to a
 * temporary file, so large files never sit in memory, and reaches the backend under a new random
 * key only once every check has passed. The temporary file is always deleted.
 */
class ContentCheck {

	private final DataSize limit;

	private final Clock clock;

	ContentCheck(DataSize limit, Clock clock) {
		this.limit = limit;
		this.clock = clock;
	}

	StoredFile store(InputStream content, Set<FileKind> allowed, Backend backend) {
		return store(content, allowed, limit, backend);
	}

	/** A file the app made: its kind is checked, its size only against {@code Long.MAX_VALUE}. */
	StoredFile storeGenerated(InputStream content, FileKind kind, Backend backend) {
		return store(content, Set.of(kind), DataSize.ofBytes(Long.MAX_VALUE), backend);
	}

	private StoredFile store(InputStream content, Set<FileKind> allowed, DataSize limit, Backend backend) {
		try {
			byte[] head = content.readNBytes(FileSignatures.HEAD_LENGTH);
			if (head.length == 0) {
				throw new IllegalArgumentException("The file is empty");
			}
			FileKind kind = kindOf(head, allowed);
			Path temp = Files.createTempFile("chancery-upload-", ".tmp");
			try {
				MessageDigest sha256 = sha256();
				long size = copy(new SequenceInputStream(new ByteArrayInputStream(head), content), temp, sha256, limit);
				FileStructure.check(temp, kind);
				String key = FileKeys.newKey(clock);
				backend.put(key, temp, kind);
				return new StoredFile(key, kind, size, HexFormat.of().formatHex(sha256.digest()));
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("The file could not be stored", e);
		}
	}

	private static FileKind kindOf(byte[] head, Set<FileKind> allowed) {
		FileKind kind = FileSignatures.detect(head).orElse(null);
		if (kind == null || !allowed.contains(kind)) {
			String accepted = Arrays.stream(FileKind.values())
				.filter(allowed::contains)
				.map(FileKind::name)
				.collect(Collectors.joining(", "));
			throw new UnsupportedFileTypeException("Only " + accepted + " files are accepted; this file "
					+ (kind == null ? "looks like something else" : "is a " + kind));
		}
		return kind;
	}

	/** Stops writing at the limit, but reads on to tell the uploader how large the file really is. */
	private static long copy(InputStream content, Path target, MessageDigest sha256, DataSize limit) throws IOException {
		try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha256)) {
			byte[] buffer = new byte[64 * 1024];
			long size = 0;
			for (int read; (read = content.read(buffer)) != -1;) {
				size += read;
				if (size > limit.toBytes()) {
					throw FileTooLargeException.of(size + content.transferTo(OutputStream.nullOutputStream()), limit);
				}
				out.write(buffer, 0, read);
			}
			return size;
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	/** Where a checked file goes: the backend copies or moves {@code file} and keeps it under {@code key}. */
	@FunctionalInterface
	interface Backend {

		void put(String key, Path file, FileKind kind) throws IOException;

	}

}
