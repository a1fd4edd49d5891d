package io.chancery.signatures;

import java.time.Instant;

/** A document's signature; the PNG itself is in the private store under {@code fileKey}. */
public record Signature(long id, long companyId, String subjectKind, long subjectId, String signerName,
		Instant signedAt, String fileKey) {
}
