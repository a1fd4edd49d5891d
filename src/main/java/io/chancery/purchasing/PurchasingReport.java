package io.chancery.purchasing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.chancery.shared.Amounts;
import io.chancery.shared.InvalidFieldException;

/**
 * Delivery performance per supplier, for the variance report page and API, and for the reporting
 * module's exports. Counted in the database in one query, so the report costs the same however many
 * orders there are. Rates are fractions (0 to 1), null where there is nothing to count yet.
 */
@Service
@Transactional(readOnly = true)
public class PurchasingReport {

	/**
	 * One supplier's orders that were sent (drafts and orders cancelled before sending do not count).
	 * On time: receipts on or before the order's expected date. Short / over: orders with goods received
	 * that have a quantity variance of that kind. Price variance: supplier invoices against the orders' prices.
	 */
	public record SupplierPerformance(long supplierId, String supplierName, int orders, int receipts,
			int onTimeReceipts, BigDecimal onTimeRate, int receivedOrders, int shortOrders, BigDecimal shortRate,
			int overOrders, BigDecimal overRate, BigDecimal priceVarianceTotal, String currency) {
	}

	// Receipts and variances are first summed per order, then orders per supplier: joining both
	// tables to the orders directly would multiply receipts by variances.
	private static final String PER_SUPPLIER = """
			select o.supplier_id, s.name as supplier_name, o.currency,
			       count(o.id) as orders,
			       coalesce(sum(r.receipts), 0) as receipts,
			       coalesce(sum(r.on_time), 0) as on_time_receipts,
			       count(r.purchase_order_id) as received_orders,
			       sum(case when r.purchase_order_id is not null and v.short_count > 0 then 1 else 0 end) as short_orders,
			       sum(case when r.purchase_order_id is not null and v.over_count > 0 then 1 else 0 end) as over_orders,
			       coalesce(sum(v.price_total), 0) as price_variance_total
			from purchase_order o
			join supplier s on s.id = o.supplier_id
			left join (
			    select g.purchase_order_id, count(*) as receipts,
			           sum(case when g.received_on <= p.expected_delivery_date then 1 else 0 end) as on_time
			    from goods_receipt g
			    join purchase_order p on p.id = g.purchase_order_id
			    where g.company_id = :company
			    group by g.purchase_order_id) r on r.purchase_order_id = o.id
			left join (
			    select purchase_order_id,
			           sum(case when kind = 'QUANTITY_SHORT' then 1 else 0 end) as short_count,
			           sum(case when kind = 'QUANTITY_OVER' then 1 else 0 end) as over_count,
			           sum(case when kind = 'PRICE_DIFFERENCE' then amount else 0 end) as price_total
			    from purchase_variance
			    where company_id = :company
			    group by purchase_order_id) v on v.purchase_order_id = o.id
			where o.company_id = :company and o.sent_at is not null
			""";

	private static final String GROUPED = """
			group by o.supplier_id, s.name, o.currency
			order by s.name, o.supplier_id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	PurchasingReport(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<SupplierPerformance> perSupplier(long companyId) {
		return perSupplier(companyId, null, null);
	}

	/**
	 * The orders expected between {@code from} and {@code to} (both included, either may be null):
	 * delivery performance is judged against the date each order was due.
	 */
	public List<SupplierPerformance> perSupplier(long companyId, LocalDate from, LocalDate to) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidFieldException("to", "The end of the period is before its start");
		}
		StringBuilder sql = new StringBuilder(PER_SUPPLIER);
		MapSqlParameterSource parameters = new MapSqlParameterSource("company", companyId);
		if (from != null) {
			sql.append(" and o.expected_delivery_date >= :from");
			parameters.addValue("from", Date.valueOf(from));
		}
		if (to != null) {
			sql.append(" and o.expected_delivery_date <= :to");
			parameters.addValue("to", Date.valueOf(to));
		}
		sql.append('\n').append(GROUPED);
		return jdbc.query(sql.toString(), parameters, (row, number) -> {
			int receipts = row.getInt("receipts");
			int onTime = row.getInt("on_time_receipts");
			int received = row.getInt("received_orders");
			int shortOrders = row.getInt("short_orders");
			int overOrders = row.getInt("over_orders");
			String currency = row.getString("currency");
			return new SupplierPerformance(row.getLong("supplier_id"), row.getString("supplier_name"), row.getInt("orders"),
					receipts, onTime, rate(onTime, receipts), received, shortOrders, rate(shortOrders, received), overOrders,
					rate(overOrders, received), Amounts.round(row.getBigDecimal("price_variance_total"), currency), currency);
		});
	}

	private static BigDecimal rate(int count, int of) {
		return of == 0 ? null : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(of), 4, RoundingMode.HALF_UP);
	}

}
