package io.chancery.billing.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import io.chancery.billing.Invoice;
import io.chancery.billing.InvoiceStatus;

import jakarta.persistence.LockModeType;

public interface InvoiceRepository extends JpaRepository<Invoice, Long> {

	Optional<Invoice> findByIdAndCompanyId(Long id, Long companyId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Invoice i where i.id = :id and i.companyId = :companyId")
	Optional<Invoice> lockByIdAndCompanyId(Long id, Long companyId);

	@Query("""
			select i from Invoice i where i.companyId = :companyId
			  and (:status is null or i.status = :status)
			  and (:customerId is null or i.customerId = :customerId)
			""")
	Page<Invoice> search(Long companyId, InvoiceStatus status, Long customerId, Pageable pageable);

	List<Invoice> findByCompanyIdAndCustomerIdAndStatusNotOrderByCreatedAtDesc(Long companyId, Long customerId,
			InvoiceStatus status);

	boolean existsByCompanyIdAndCustomerIdAndStatusIn(Long companyId, Long customerId, List<InvoiceStatus> statuses);

}
