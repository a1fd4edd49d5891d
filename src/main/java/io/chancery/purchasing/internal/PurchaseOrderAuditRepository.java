package io.chancery.purchasing.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import io.chancery.purchasing.PurchaseOrderAudit;

public interface PurchaseOrderAuditRepository extends JpaRepository<PurchaseOrderAudit, Long> {

	List<PurchaseOrderAudit> findByPurchaseOrderIdOrderByAtAscIdAsc(long purchaseOrderId);

}
