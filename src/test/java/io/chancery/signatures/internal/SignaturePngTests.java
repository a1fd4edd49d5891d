package io.chancery.signatures.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.chancery.shared.InvalidFieldException;
import io.chancery.support.SampleFiles;

/**
 * A signature from the public signing page is checked before anything is stored. A small PNG that
 * declares a huge picture is refused from its header: decoding it to look (as the check did before)
 * would ask for gigabytes and fail the whole server, not just the request.
 */
class SignaturePngTests {

	@Test
	void aDecompressionBombIsRefusedFromItsHeaderWithoutDecoding() {
		byte[] bomb = SampleFiles.pngDeclaring(60_000, 60_000);

		assertThatThrownBy(() -> SignaturePng.check(bomb)).isInstanceOf(InvalidFieldException.class)
			.hasMessage("The signature image must be between 100x50 and 4000x3000 pixels");
	}

	@Test
	void aCutShortPngIsRefusedAsDamaged() {
		byte[] cut = SampleFiles.truncated(SampleFiles.png(400, 150), 0.3);

		assertThatThrownBy(() -> SignaturePng.check(cut)).isInstanceOf(InvalidFieldException.class)
			.hasMessage("The signature image is damaged; please sign again");
	}

	@Test
	void aDrawnSignatureOfSensibleSizePasses() {
		assertThatCode(() -> SignaturePng.check(SampleFiles.png(400, 150))).doesNotThrowAnyException();
	}

}
