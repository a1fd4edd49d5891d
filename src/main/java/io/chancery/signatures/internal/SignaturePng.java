package io.chancery.signatures.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;

import javax.imageio.ImageIO;

import io.chancery.shared.InvalidFieldException;
import io.chancery.storage.ImageSize;

/**
 * Checks a submitted signature before anything is stored: a data URL holding a real PNG (magic bytes,
 * and it decodes), of sensible size and dimensions, with something drawn on it. What comes from a
 * public page is never trusted to be what the page's script produced.
 */
final class SignaturePng {

	static final String FIELD = "signature";

	static final int MAX_BYTES = 512 * 1024;

	static final int MIN_WIDTH = 100, MIN_HEIGHT = 50, MAX_WIDTH = 4000, MAX_HEIGHT = 3000;

	private static final String PREFIX = "data:image/png;base64,";

	private static final byte[] MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private SignaturePng() {
	}

	static byte[] fromDataUrl(String dataUrl) {
		if (dataUrl == null || dataUrl.isBlank()) {
			throw new InvalidFieldException(FIELD, "Please sign in the box before submitting");
		}
		if (!dataUrl.startsWith(PREFIX)) {
			throw new InvalidFieldException(FIELD, "The signature must be a PNG image");
		}
		String base64 = dataUrl.substring(PREFIX.length());
		// base64 is 4/3 of the bytes: refuse before decoding anything too large
		if (base64.length() > MAX_BYTES / 3 * 4 + 4) {
			throw new InvalidFieldException(FIELD, "The signature image is larger than " + MAX_BYTES / 1024 + " KB");
		}
		byte[] png;
		try {
			png = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException(FIELD, "The signature image is damaged; please sign again");
		}
		check(png);
		return png;
	}

	static void check(byte[] png) {
		if (png.length > MAX_BYTES) {
			throw new InvalidFieldException(FIELD, "The signature image is larger than " + MAX_BYTES / 1024 + " KB");
		}
		if (png.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(png, MAGIC.length), MAGIC)) {
			throw new InvalidFieldException(FIELD, "The signature must be a PNG image");
		}
		// the header's size first: decoding a small file that declares a huge picture would exhaust memory
		ImageSize declared = ImageSize.read(new ByteArrayInputStream(png)).orElse(null);
		if (declared == null) {
			throw new InvalidFieldException(FIELD, "The signature image is damaged; please sign again");
		}
		if (declared.width() < MIN_WIDTH || declared.height() < MIN_HEIGHT || declared.width() > MAX_WIDTH
				|| declared.height() > MAX_HEIGHT) {
			throw new InvalidFieldException(FIELD, "The signature image must be between %dx%d and %dx%d pixels"
				.formatted(MIN_WIDTH, MIN_HEIGHT, MAX_WIDTH, MAX_HEIGHT));
		}
		BufferedImage image;
		try {
			image = ImageIO.read(new ByteArrayInputStream(png));
		}
		catch (IOException | RuntimeException e) {
			image = null;
		}
		if (image == null) {
			throw new InvalidFieldException(FIELD, "The signature image is damaged; please sign again");
		}
		if (blank(image)) {
			throw new InvalidFieldException(FIELD, "Please sign in the box before submitting");
		}
	}

	/** Nothing drawn: every pixel transparent or white. */
	private static boolean blank(BufferedImage image) {
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int argb = image.getRGB(x, y);
				boolean transparent = (argb >>> 24) < 16;
				boolean white = (argb & 0xffffff) == 0xffffff;
				if (!transparent && !white) {
					return false;
				}
			}
		}
		return true;
	}

}
