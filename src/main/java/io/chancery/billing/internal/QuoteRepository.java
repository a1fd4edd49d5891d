package io.chancery.billing.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import io.chancery.billing.Quote;
import io.chancery.billing.QuoteStatus;

import jakarta.persistence.LockModeType;

public interface QuoteRepository extends JpaRepository<Quote, Long> {

	Optional<Quote> findByIdAndCompanyId(Long id, Long companyId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select q from Quote q where q.id = :id and q.companyId = :companyId")
	Optional<Quote> lockByIdAndCompanyId(Long id, Long companyId);

	@Query("""
			select q from Quote q where q.companyId = :companyId
			  and (:status is null or q.status = :status)
			  and (:customerId is null or q.customerId = :customerId)
			""")
	Page<Quote> search(Long companyId, QuoteStatus status, Long customerId, Pageable pageable);

	List<Quote> findByCompanyIdAndCustomerIdOrderByCreatedAtDesc(Long companyId, Long customerId);

	boolean existsByCompanyIdAndCustomerIdAndStatus(Long companyId, Long customerId, QuoteStatus status);

}
