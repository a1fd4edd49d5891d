package io.chancery.purchasing.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import io.chancery.purchasing.PurchaseOrder;

public interface PurchaseOrderRepository extends JpaRepository<PurchaseOrder, Long> {

	Optional<PurchaseOrder> findByIdAndCompanyId(long id, long companyId);

	List<PurchaseOrder> findByCompanyIdOrderByIdDesc(long companyId);

	/** Receipts and decisions on one order are applied one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from PurchaseOrder o where o.id = ?1 and o.companyId = ?2")
	Optional<PurchaseOrder> lockByIdAndCompanyId(long id, long companyId);

}
