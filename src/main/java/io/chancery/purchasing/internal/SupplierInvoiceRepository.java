package io.chancery.purchasing.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import io.chancery.purchasing.SupplierInvoice;

public interface SupplierInvoiceRepository extends JpaRepository<SupplierInvoice, Long> {

	List<SupplierInvoice> findByPurchaseOrderIdOrderByInvoiceDateAscIdAsc(long purchaseOrderId);

	boolean existsByPurchaseOrderIdAndNumber(long purchaseOrderId, String number);

}
