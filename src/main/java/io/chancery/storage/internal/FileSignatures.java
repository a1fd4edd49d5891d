package io.chancery.storage.internal;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import io.chancery.storage.FileKind;

/** Recognises a file's kind from its leading bytes (its "magic number"): names and declared types can lie. */
final class FileSignatures {

	/** Enough leading bytes for every signature below: HEIC's brand ends at byte 12. */
	static final int HEAD_LENGTH = 12;

	private static final byte[] PDF = "%PDF-".getBytes(US_ASCII);

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	/** A ZIP archive's local file header, which an .xlsx starts with. */
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	/** HEIC is an ISO base media file: an "ftyp" box at offset 4, then its major brand. */
	private static final byte[] FTYP = "ftyp".getBytes(US_ASCII);

	private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "hevc", "heim", "heis", "mif1", "msf1");

	private FileSignatures() {
	}

	static Optional<FileKind> detect(byte[] head) {
		if (startsWith(head, 0, PDF)) {
			return Optional.of(FileKind.PDF);
		}
		if (startsWith(head, 0, JPEG)) {
			return Optional.of(FileKind.JPEG);
		}
		if (startsWith(head, 0, PNG)) {
			return Optional.of(FileKind.PNG);
		}
		if (startsWith(head, 0, ZIP)) {
			return Optional.of(FileKind.XLSX);
		}
		if (startsWith(head, 4, FTYP) && head.length >= 12 && HEIC_BRANDS.contains(new String(head, 8, 4, US_ASCII))) {
			return Optional.of(FileKind.HEIC);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] head, int offset, byte[] signature) {
		return head.length >= offset + signature.length
				&& Arrays.equals(head, offset, offset + signature.length, signature, 0, signature.length);
	}

}
