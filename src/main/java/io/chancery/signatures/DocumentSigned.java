package io.chancery.signatures;

import java.time.Instant;

/** A customer signed a document through its link; published in the signing transaction. */
public record DocumentSigned(long companyId, String subjectKind, long subjectId, long signatureId, String signerName,
		Instant signedAt) {
}
