package io.chancery.storage.internal;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Arrays;

import io.chancery.storage.FileKind;
import io.chancery.storage.ImageSize;

/**
 * Beyond the leading bytes: a file must be whole and safe to render. A PDF ends with its {@code %%EOF}
 * marker, a PNG with its IEND chunk, so an upload cut short is
 * refused rather than stored and failing later in a viewer or a PDF. Images must declare a size that
 * can be decoded ({@link ImageSize}): logos and receipts end up rendered into PDFs.
 */
final class FileStructure {

	private static final byte[] PDF_END = "%%EOF".getBytes(US_ASCII);

	/** PDF writers may add a line end or a little padding after the marker. */
	private static final int PDF_TAIL = 1024;

	private static final byte[] PNG_END = { 0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82 };

	private FileStructure() {
	}

	/** @throws IllegalArgumentException when the file is cut short, damaged or an image too large to decode */
	static void check(Path file, FileKind kind) throws IOException {
		switch (kind) {
			case PDF -> require(contains(tail(file, PDF_TAIL), PDF_END), "The PDF is incomplete (it has no end marker)");
			case PNG -> {
				require(Arrays.equals(tail(file, PNG_END.length), PNG_END), "The PNG image is incomplete");
				checkSize(file, kind);
			}
			// phones append their own data after a JPEG's end marker, so only its header is checked
			case JPEG -> checkSize(file, kind);
			case HEIC -> {
				// no decoder in the JDK: stored as sent, and never rendered into a PDF
			}
			case XLSX -> {
				// only the app's own exports are stored as XLSX (never an upload)
			}
		}
	}

	private static void checkSize(Path file, FileKind kind) {
		ImageSize size = ImageSize.read(file.toFile())
			.orElseThrow(() -> new IllegalArgumentException("The " + kind + " image is damaged"));
		require(!size.tooLarge(), "The image is " + size + " pixels; at most " + ImageSize.MAX_SIDE + " pixels a side and "
				+ ImageSize.MAX_PIXELS / 1_000_000 + " megapixels are accepted");
	}

	private static byte[] tail(Path file, int length) throws IOException {
		try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
			int count = (int) Math.min(length, in.length());
			byte[] tail = new byte[count];
			in.seek(in.length() - count);
			in.readFully(tail);
			return tail;
		}
	}

	private static boolean contains(byte[] haystack, byte[] needle) {
		for (int i = 0; i + needle.length <= haystack.length; i++) {
			if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
				return true;
			}
		}
		return false;
	}

	private static void require(boolean condition, String problem) {
		if (!condition) {
			throw new IllegalArgumentException(problem);
		}
	}

}
