package io.chancery.links;

import java.time.Instant;

/** A new link's token: shown or sent once, never stored (only its SHA-256 is). */
public record IssuedLink(long id, String token, Instant expiresAt) {
}
