package io.chancery.workflow.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A model file as written (for BPMN: before the embedded engine's user-task rewrite). */
record ModelFile(String resourceName, byte[] content) {

	ModelKind kind() {
		return ModelKind.of(resourceName)
			.orElseThrow(() -> new IllegalArgumentException("Not a .bpmn, .dmn or .form file: " + resourceName));
	}

	String checksum() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	String text() {
		return new String(content, StandardCharsets.UTF_8);
	}

}
