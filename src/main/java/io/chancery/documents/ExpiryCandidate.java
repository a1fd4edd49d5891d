package io.chancery.documents;

import java.time.LocalDate;

/** A current document with an expiry date, as the expiry scan reads it. */
public record ExpiryCandidate(long documentId, String typeCode, LocalDate expiryDate) {
}
