package io.chancery.purchasing.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import io.chancery.purchasing.PurchaseVariance;

public interface PurchaseVarianceRepository extends JpaRepository<PurchaseVariance, Long> {

	List<PurchaseVariance> findByPurchaseOrderIdOrderByIdAsc(long purchaseOrderId);

	List<PurchaseVariance> findByVarianceCheckIdOrderByIdAsc(long varianceCheckId);

}
