package io.chancery.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/**
 * Whole files of each kind, and the broken and hostile ones upload checks must refuse: cut short,
 * disguised, or a decompression bomb (a few hundred bytes declaring a picture of billions of pixels).
 */
public final class SampleFiles {

	private SampleFiles() {
	}

	/** A real PDF (the demo document). */
	public static byte[] pdf() {
		try (InputStream in = SampleFiles.class.getResourceAsStream("/demo/sample-document.pdf")) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static byte[] png(int width, int height) {
		return image("png", width, height);
	}

	public static byte[] jpeg(int width, int height) {
		return image("jpeg", width, height);
	}

	/** A small real PNG whose header then claims {@code width} × {@code height} (CRC fixed, so it parses). */
	public static byte[] pngDeclaring(int width, int height) {
		byte[] png = png(8, 8);
		// signature (8), IHDR length (4) and type (4), then width and height; the CRC covers type and data
		ByteBuffer.wrap(png, 16, 8).putInt(width).putInt(height);
		CRC32 crc = new CRC32();
		crc.update(png, 12, 17);
		ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
		return png;
	}

	/** A small real JPEG whose frame header then claims {@code width} × {@code height} (at most 65535). */
	public static byte[] jpegDeclaring(int width, int height) {
		byte[] jpeg = jpeg(8, 8);
		for (int i = 2; i + 9 < jpeg.length; i++) {
			if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) { // start of frame, baseline
				ByteBuffer.wrap(jpeg, i + 5, 4).putShort((short) height).putShort((short) width);
				return jpeg;
			}
		}
		throw new IllegalStateException("no frame header in the JPEG the JDK wrote");
	}

	/** The first {@code fraction} of a file, as a broken connection leaves it. */
	public static byte[] truncated(byte[] file, double fraction) {
		return Arrays.copyOf(file, (int) (file.length * fraction));
	}

	private static byte[] image(String format, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D pen = image.createGraphics();
		pen.setColor(Color.WHITE);
		pen.fillRect(0, 0, width, height);
		pen.setColor(Color.BLUE);
		pen.drawLine(0, 0, width - 1, height - 1);
		pen.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

}
