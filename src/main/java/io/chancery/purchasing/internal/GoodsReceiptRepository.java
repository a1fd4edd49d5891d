package io.chancery.purchasing.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import io.chancery.purchasing.GoodsReceipt;

public interface GoodsReceiptRepository extends JpaRepository<GoodsReceipt, Long> {

	List<GoodsReceipt> findByPurchaseOrderIdOrderByReceivedOnAscIdAsc(long purchaseOrderId);

	Optional<GoodsReceipt> findByIdAndPurchaseOrderId(long id, long purchaseOrderId);

}
