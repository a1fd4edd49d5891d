package io.chancery.einvoice.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import io.chancery.einvoice.EInvoiceSource;

public interface SubmittedDocumentRepository extends JpaRepository<SubmittedDocument, Long> {

	Optional<SubmittedDocument> findByCompanyIdAndSourceTypeAndSourceId(long companyId, EInvoiceSource sourceType,
			long sourceId);

	Optional<SubmittedDocument> findByCompanyIdAndId(long companyId, long id);

}
