package io.chancery.reporting.internal;

import static io.chancery.reporting.internal.Column.integer;
import static io.chancery.reporting.internal.Column.money;
import static io.chancery.reporting.internal.Column.percent;
import static io.chancery.reporting.internal.Column.text;

import java.util.List;

import org.springframework.stereotype.Component;

import io.chancery.purchasing.PurchasingReport;

/**
 * Supplier delivery performance, as purchasing computes it ({@link PurchasingReport}), over the sent
 * orders expected for delivery in the range (performance is judged against the day each order was
 * due). Its JSON is purchasing's own {@code /api/v1/reports/purchasing}; reporting adds the dashboard
 * and the Excel file.
 */
@Component
class PurchasingSupplierReport implements Report {

	private final PurchasingReport purchasing;

	PurchasingSupplierReport(PurchasingReport purchasing) {
		this.purchasing = purchasing;
	}

	@Override
	public String name() {
		return "purchasing";
	}

	@Override
	public String title() {
		return "Purchasing";
	}

	@Override
	public ReportResult run(ReportQuery query) {
		List<List<Object>> rows = purchasing.perSupplier(query.companyId(), query.from(), query.to()).stream()
			.map(s -> List.<Object>of(s.supplierName(), s.orders(), s.receipts(), nullable(s.onTimeRate()),
					nullable(s.shortRate()), nullable(s.overRate()), s.priceVarianceTotal()))
			.toList();
		return result(query, List.of(new ReportTable("suppliers", "Supplier delivery performance (orders expected in the range)",
				List.of(text("supplier", "Supplier", 32), integer("orders", "Orders"), integer("receipts", "Receipts"),
						percent("onTimeRate", "On time"), percent("shortRate", "Short"), percent("overRate", "Over"),
						money("priceVariance", "Price variance")),
				rows, Chart.bar("supplier", "onTimeRate", "shortRate", "overRate"))));
	}

	private static Object nullable(Object value) {
		return value == null ? "" : value;
	}

}
