package io.chancery.storage;

import java.net.URI;
import java.time.Instant;

public record SignedUrl(URI url, Instant expiresAt) {
}
