package io.chancery.storage.internal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.chancery.storage.FileKind;

class FileSignaturesTests {

	@ParameterizedTest
	@ValueSource(strings = { "heic", "heix", "hevc", "heim", "heis", "mif1", "msf1" })
	void everyHeifBrandIsHeic(String brand) {
		assertThat(FileSignatures.detect(isoMedia(brand))).hasValue(FileKind.HEIC);
	}

	@ParameterizedTest
	@ValueSource(strings = { "mp42", "isom", "qt  ", "avif" })
	void otherIsoMediaIsNot(String brand) {
		assertThat(FileSignatures.detect(isoMedia(brand))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "%PDF", "PDF-1.7", "\u0089PNG\r\n", "<html>", "GIF89a" })
	void nearMissesAreNothing(String head) {
		assertThat(FileSignatures.detect(head.getBytes(ISO_8859_1))).isEmpty();
	}

	private static byte[] isoMedia(String brand) {
		byte[] head = new byte[12];
		head[3] = 0x18;
		System.arraycopy(("ftyp" + brand).getBytes(US_ASCII), 0, head, 4, 8);
		return head;
	}

}
