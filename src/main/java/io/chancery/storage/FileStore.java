package io.chancery.storage;

import java.io.InputStream;
import java.net.URI;
import java.util.Set;

/**
 * Where uploaded files live. Private files (identity documents, signatures) are reachable only
 * through short-lived signed URLs; public files (logos) have a stable public URL. Keys are random
 * and never derived from file names.
 */
public interface FileStore {

	/**
	 * Checks the content (type sniffed from its bytes, not its name; size within the limit), then
	 * stores it. Nothing is stored when a check fails.
	 * @throws UnsupportedFileTypeException when the content is not one of {@code allowed} (415)
	 * @throws FileTooLargeException when it exceeds the configured limit (413)
	 * @throws IllegalArgumentException when it is empty
	 */
	StoredFile store(StorageArea area, InputStream content, Set<FileKind> allowed);

	/**
	 * Stores a file the app wrote itself (an export), checked for its kind like an upload but not held
	 * to the upload size limit, which bounds what users may send rather than what the app produces.
	 * @throws UnsupportedFileTypeException when the content is not of {@code kind}
	 * @throws IllegalArgumentException when it is empty
	 */
	StoredFile storeGenerated(StorageArea area, InputStream content, FileKind kind);

	/** A URL that lets whoever holds it read a private file for at most five minutes. Never store or log it. */
	SignedUrl signedUrl(String key);

	/** The stable URL of a public file. */
	URI publicUrl(String key);

	/** Reads a stored file, for the app itself (PDFs, e-mail attachments). */
	InputStream open(StorageArea area, String key);

	void delete(StorageArea area, String key);

}
