package io.chancery.documents;

/** A document was replaced by its renewal: the renewal process waiting on the old one can finish. */
public record DocumentRenewed(long companyId, long previousDocumentId, long renewedDocumentId) {
}
