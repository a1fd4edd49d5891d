package io.chancery.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import io.chancery.shared.NotFoundException;
import io.chancery.storage.FileKind;
import io.chancery.storage.FileStore;
import io.chancery.storage.SignedUrl;
import io.chancery.storage.StorageArea;
import io.chancery.storage.StoredFile;

/**
 * Files under {@code ${chancery.data-dir}/files/private|public}, served by {@link LocalFileController}:
 * private ones through URLs signed by {@link UrlSigner}.
 */
class LocalFileStore implements FileStore {

	private final Path root;

	private final ContentCheck check;

	private final UrlSigner signer;

	LocalFileStore(Path root, ContentCheck check, UrlSigner signer) {
		this.root = root;
		this.check = check;
		this.signer = signer;
	}

	@Override
	public StoredFile store(StorageArea area, InputStream content, Set<FileKind> allowed) {
		return check.store(content, allowed, into(area));
	}

	@Override
	public StoredFile storeGenerated(StorageArea area, InputStream content, FileKind kind) {
		return check.storeGenerated(content, kind, into(area));
	}

	private ContentCheck.Backend into(StorageArea area) {
		return (key, file, kind) -> {
			Path target = file(area, key);
			Files.createDirectories(target.getParent());
			try {
				Files.move(file, target);
			}
			catch (IOException e) {
				// a move across file systems copies: leave no partial file behind
				Files.deleteIfExists(target);
				throw e;
			}
		};
	}

	@Override
	public SignedUrl signedUrl(String key) {
		requireValid(key);
		return signer.sign(key);
	}

	@Override
	public URI publicUrl(String key) {
		requireValid(key);
		return URI.create("/files/public/" + key);
	}

	@Override
	public InputStream open(StorageArea area, String key) {
		try {
			return Files.newInputStream(file(area, key));
		}
		catch (NoSuchFileException e) {
			throw new NotFoundException("File", key);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void delete(StorageArea area, String key) {
		try {
			Files.deleteIfExists(file(area, key));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Path file(StorageArea area, String key) {
		requireValid(key);
		return root.resolve(area.name().toLowerCase(Locale.ROOT)).resolve(key);
	}

	private static void requireValid(String key) {
		if (!FileKeys.isValid(key)) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
	}

}
