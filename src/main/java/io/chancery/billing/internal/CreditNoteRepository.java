package io.chancery.billing.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import io.chancery.billing.CreditNote;

public interface CreditNoteRepository extends JpaRepository<CreditNote, Long> {

	List<CreditNote> findByCompanyIdAndInvoiceIdOrderByIdAsc(Long companyId, Long invoiceId);

	Optional<CreditNote> findByIdAndCompanyId(Long id, Long companyId);

}
