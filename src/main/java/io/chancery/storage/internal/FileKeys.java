package io.chancery.storage.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Storage keys such as {@code 2026/11/3f0c…}: random, never derived from a file name. The month
 * prefix keeps folders and bucket listings small.
 */
final class FileKeys {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM");

	private static final Pattern KEY = Pattern.compile("\\d{4}/\\d{2}/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

	private FileKeys() {
	}

	static String newKey(Clock clock) {
		return YearMonth.now(clock).format(MONTH) + "/" + UUID.randomUUID();
	}

	/** Only keys of this shape reach the file system, so no key can point outside its folder. */
	static boolean isValid(String key) {
		return key != null && KEY.matcher(key).matches();
	}

}
