package io.chancery.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

import io.chancery.storage.FileKind;
import io.chancery.storage.UnsupportedFileTypeException;
import io.chancery.support.SampleFiles;

/**
 * Uploads that are cut short, disguised or decompression bombs are refused before anything reaches a
 * backend; whole files pass. (The refusals' HTTP answers are in UploadFuzzTests.)
 */
class UploadStructureTests {

	private static final Set<FileKind> ANY_KIND = EnumSet.allOf(FileKind.class);

	private final ContentCheck check = new ContentCheck(DataSize.ofMegabytes(10), Clock.systemUTC());

	private final List<String> stored = new ArrayList<>();

	static Stream<Arguments> refused() {
		return Stream.of(
				Arguments.of("a PDF cut short", SampleFiles.truncated(SampleFiles.pdf(), 0.6), "The PDF is incomplete (it has no end marker)"),
				Arguments.of("a PNG cut short", SampleFiles.truncated(SampleFiles.png(300, 200), 0.7), "The PNG image is incomplete"),
				Arguments.of("a PNG declaring 100000 × 100000 pixels", SampleFiles.pngDeclaring(100_000, 100_000),
						"The image is 100000 × 100000 pixels; at most 10000 pixels a side and 40 megapixels are accepted"),
				Arguments.of("a PNG declaring 9000 × 9000 pixels", SampleFiles.pngDeclaring(9_000, 9_000),
						"The image is 9000 × 9000 pixels; at most 10000 pixels a side and 40 megapixels are accepted"),
				Arguments.of("a JPEG declaring 60000 × 60000 pixels", SampleFiles.jpegDeclaring(60_000, 60_000),
						"The image is 60000 × 60000 pixels; at most 10000 pixels a side and 40 megapixels are accepted"),
				Arguments.of("a PNG signature over garbage", pngSignatureOver(new byte[2048]), "The PNG image is incomplete"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refused")
	void aBrokenOrHostileFileIsRefusedAndNothingIsStored(String what, byte[] content, String problem) {
		assertThatThrownBy(() -> store(content, ANY_KIND)).isInstanceOf(IllegalArgumentException.class).hasMessage(problem);
		assertThat(stored).isEmpty();
	}

	@Test
	void wrongMagicBytesAreRefusedWhateverTheNameSays() {
		assertThatThrownBy(() -> store("<html><script>x</script></html>".getBytes(), ANY_KIND))
			.isInstanceOf(UnsupportedFileTypeException.class);
		assertThatThrownBy(() -> store(SampleFiles.pdf(), EnumSet.of(FileKind.PNG, FileKind.JPEG)))
			.isInstanceOf(UnsupportedFileTypeException.class);
		assertThat(stored).isEmpty();
	}

	@Test
	void wholeFilesOfEveryRenderableKindAreStored() {
		store(SampleFiles.pdf(), ANY_KIND);
		store(SampleFiles.png(4000, 3000), ANY_KIND);
		store(SampleFiles.jpeg(640, 480), ANY_KIND);

		assertThat(stored).hasSize(3);
	}

	private void store(byte[] content, Set<FileKind> allowed) {
		check.store(new ByteArrayInputStream(content), allowed, (key, file, kind) -> stored.add(key));
	}

	private static byte[] pngSignatureOver(byte[] rest) {
		byte[] png = SampleFiles.png(1, 1);
		byte[] fake = rest.clone();
		System.arraycopy(png, 0, fake, 0, 8);
		return fake;
	}

}
