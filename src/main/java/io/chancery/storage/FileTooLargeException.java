package io.chancery.storage;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
public class FileTooLargeException extends RuntimeException {

	private static final double MEGABYTE = DataSize.ofMegabytes(1).toBytes();

	public FileTooLargeException(String message) {
		super(message);
	}

	/** "The file is 11.0 MB; the limit is 10 MB": the same wording wherever a limit is enforced. */
	public static FileTooLargeException of(long size, DataSize limit) {
		return new FileTooLargeException(String.format(Locale.ROOT, "The file is %.1f MB; the limit is %s",
				size / MEGABYTE, megabytes(limit.toBytes())));
	}

	private static String megabytes(long bytes) {
		return bytes % (long) MEGABYTE == 0 ? bytes / (long) MEGABYTE + " MB"
				: String.format(Locale.ROOT, "%.1f MB", bytes / MEGABYTE);
	}

}
