package io.chancery.purchasing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.chancery.purchasing.internal.GoodsReceiptRepository;
import io.chancery.purchasing.internal.PurchaseOrderRepository;
import io.chancery.purchasing.internal.PurchaseVarianceRepository;

/**
 * Delivery performance per supplier, for the variance report page and API, and for the reporting
 * module's exports. Rates are fractions (0 to 1), null where there is nothing to count yet.
 */
@Service
@Transactional(readOnly = true)
public class PurchasingReport {

	public record SupplierPerformance(long supplierId, String supplierName, int orders, int receipts,
			int onTimeReceipts, BigDecimal onTimeRate, int receivedOrders, int shortOrders, BigDecimal shortRate,
			int overOrders, BigDecimal overRate, BigDecimal priceVarianceTotal, String currency) {
	}

	private final SupplierService suppliers;

	private final PurchaseOrderRepository orders;

	private final GoodsReceiptRepository receipts;

	private final PurchaseVarianceRepository variances;

	PurchasingReport(SupplierService suppliers, PurchaseOrderRepository orders, GoodsReceiptRepository receipts,
			PurchaseVarianceRepository variances) {
		this.suppliers = suppliers;
		this.orders = orders;
		this.receipts = receipts;
		this.variances = variances;
	}

	/** One row per supplier with at least one order that was sent (drafts and cancelled drafts do not count). */
	public List<SupplierPerformance> perSupplier(long companyId) {
		Map<Long, List<PurchaseOrder>> bySupplier = orders.findByCompanyIdOrderByIdDesc(companyId).stream()
			.filter(order -> order.getSentAt() != null)
			.collect(Collectors.groupingBy(PurchaseOrder::getSupplierId));
		List<SupplierPerformance> rows = new ArrayList<>();
		for (Supplier supplier : suppliers.all(companyId)) {
			List<PurchaseOrder> sent = bySupplier.get(supplier.getId());
			if (sent != null) {
				rows.add(row(supplier, sent));
			}
		}
		return rows;
	}

	private SupplierPerformance row(Supplier supplier, List<PurchaseOrder> sent) {
		int receiptCount = 0;
		int onTime = 0;
		int received = 0;
		int shortOrders = 0;
		int overOrders = 0;
		BigDecimal priceVariance = BigDecimal.ZERO;
		for (PurchaseOrder order : sent) {
			List<GoodsReceipt> orderReceipts = receipts.findByPurchaseOrderIdOrderByReceivedOnAscIdAsc(order.getId());
			receiptCount += orderReceipts.size();
			onTime += (int) orderReceipts.stream()
				.filter(receipt -> !receipt.getReceivedOn().isAfter(order.getExpectedDeliveryDate()))
				.count();
			if (!orderReceipts.isEmpty()) {
				received++;
			}
			List<PurchaseVariance> recorded = variances.findByPurchaseOrderIdOrderByIdAsc(order.getId());
			Set<VarianceKind> kinds = recorded.stream().map(PurchaseVariance::getKind).collect(Collectors.toSet());
			shortOrders += kinds.contains(VarianceKind.QUANTITY_SHORT) ? 1 : 0;
			overOrders += kinds.contains(VarianceKind.QUANTITY_OVER) ? 1 : 0;
			priceVariance = priceVariance.add(recorded.stream()
				.filter(variance -> variance.getKind() == VarianceKind.PRICE_DIFFERENCE)
				.map(PurchaseVariance::getAmount)
				.reduce(BigDecimal.ZERO, BigDecimal::add));
		}
		return new SupplierPerformance(supplier.getId(), supplier.getName(), sent.size(), receiptCount, onTime,
				rate(onTime, receiptCount), received, shortOrders, rate(shortOrders, received), overOrders,
				rate(overOrders, received), priceVariance, sent.get(0).getCurrency());
	}

	private static BigDecimal rate(int count, int of) {
		return of == 0 ? null : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(of), 4, RoundingMode.HALF_UP);
	}

}
