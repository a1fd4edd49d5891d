package io.chancery.storage;

/** What the store kept: its random key, the detected kind, the size in bytes and the SHA-256 (hex). */
public record StoredFile(String key, FileKind kind, long size, String sha256) {
}
