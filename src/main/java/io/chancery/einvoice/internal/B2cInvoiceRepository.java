package io.chancery.einvoice.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface B2cInvoiceRepository extends JpaRepository<B2cInvoice, Long> {

	boolean existsByCompanyIdAndInvoiceId(long companyId, long invoiceId);

	/** Not yet consolidated, issued up to {@code until}: a sale recorded late goes into the next consolidation. */
	List<B2cInvoice> findByCompanyIdAndConsolidationIdIsNullAndIssueDateLessThanEqualOrderByIssueDateAscInvoiceIdAsc(
			long companyId, LocalDate until);

}
