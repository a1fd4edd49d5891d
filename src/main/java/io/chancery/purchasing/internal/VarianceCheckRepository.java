package io.chancery.purchasing.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import io.chancery.purchasing.VarianceCheck;

public interface VarianceCheckRepository extends JpaRepository<VarianceCheck, Long> {

	Optional<VarianceCheck> findByIdAndCompanyId(long id, long companyId);

	List<VarianceCheck> findByPurchaseOrderIdOrderByIdAsc(long purchaseOrderId);

	boolean existsByPurchaseOrderIdAndStatusIn(long purchaseOrderId, Collection<VarianceCheck.Status> statuses);

}
