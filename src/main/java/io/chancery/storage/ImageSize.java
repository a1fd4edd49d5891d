package io.chancery.storage;

import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An image's width and height as its header declares them, read without decoding a pixel: a file of a
 * few kilobytes can declare a picture of billions of pixels (a "decompression bomb"), and decoding it
 * to look would exhaust memory. Check the size first, decode afterwards.
 */
public record ImageSize(int width, int height) {

	/** Largest side accepted anywhere: far above any scan, photo or logo, far below a bomb. */
	public static final int MAX_SIDE = 10_000;

	/** Largest picture accepted: 40 megapixels decode to 160 MB, which one request may take. */
	public static final long MAX_PIXELS = 40_000_000L;

	/** The declared size, or empty when the header cannot be read (not an image, damaged or cut short). */
	public static Optional<ImageSize> read(Object source) {
		try (ImageInputStream in = ImageIO.createImageInputStream(source)) {
			if (in == null) {
				return Optional.empty();
			}
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return Optional.empty();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				return Optional.of(new ImageSize(reader.getWidth(0), reader.getHeight(0)));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	public boolean tooLarge() {
		return width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS;
	}

	@Override
	public String toString() {
		return width + " × " + height;
	}

}
