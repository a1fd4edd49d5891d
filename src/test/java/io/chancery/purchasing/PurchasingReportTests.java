package io.chancery.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;

/**
 * The variance report against counts taken straight from the tables, for a supplier of this test's
 * own (other tests add orders of their own suppliers at the same time).
 */
@ChanceryIntegrationTest
class PurchasingReportTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Purchasing purchasing;

	ApiClient analyst;

	@BeforeEach
	void setUp() {
		purchasing = new Purchasing(port, "demo.chancery");
		analyst = ApiClient.as(port, "analyst@demo.chancery", "demo");
	}

	@Test
	void theReportCountsWhatTheTablesHoldForOneSupplier() {
		long supplier = purchasing.supplier();
		LocalDate dueLater = LocalDate.now().plusDays(60);
		LocalDate dueLongAgo = LocalDate.now().minusDays(10);

		JsonNode exact = purchasing.sent(supplier, 100, dueLater);
		purchasing.receive(exact, 100);
		purchasing.awaitStatus(exact.get("id").asLong(), "CLOSED");
		var invoice = purchasing.staff.post("/api/v1/purchase-orders/" + exact.get("id").asLong() + "/supplier-invoices",
				Map.of("number", "SI-R-" + exact.get("id").asLong(), "invoiceDate", LocalDate.now().toString(), "lines",
						List.of(Map.of("lineId", exact.at("/lines/0/id").asLong(), "quantity", 100, "unitPrice", "13.00"))));
		assertThat(invoice.status()).as(invoice.body()).isEqualTo(201);

		JsonNode over = purchasing.sent(supplier, 100, dueLater);
		purchasing.receive(over, 110);

		JsonNode shortOne = purchasing.sent(supplier, 100, dueLater);
		purchasing.receive(shortOne, 60);
		purchasing.settled(shortOne.get("id").asLong());
		purchasing.receive(shortOne, 38);

		JsonNode late = purchasing.sent(supplier, 10, dueLongAgo);
		purchasing.receive(late, 10);

		purchasing.sent(supplier, 5, dueLater);
		purchasing.draft(supplier, 7, dueLater);
		for (JsonNode order : List.of(exact, over, shortOne, late)) {
			purchasing.settled(order.get("id").asLong());
		}

		JsonNode row = row(analyst.get("/api/v1/reports/purchasing").json(), supplier);
		assertThat(row.get("orders").asInt()).isEqualTo(count("""
				select count(*) from purchase_order where supplier_id = ? and sent_at is not null""", supplier)).isEqualTo(5);
		int receipts = count("""
				select count(*) from goods_receipt g join purchase_order o on o.id = g.purchase_order_id
				where o.supplier_id = ?""", supplier);
		int onTime = count("""
				select count(*) from goods_receipt g join purchase_order o on o.id = g.purchase_order_id
				where o.supplier_id = ? and g.received_on <= o.expected_delivery_date""", supplier);
		int received = count("""
				select count(distinct g.purchase_order_id) from goods_receipt g join purchase_order o on o.id = g.purchase_order_id
				where o.supplier_id = ?""", supplier);
		int shortOrders = count("""
				select count(distinct v.purchase_order_id) from purchase_variance v join purchase_order o on o.id = v.purchase_order_id
				where o.supplier_id = ? and v.kind = 'QUANTITY_SHORT'""", supplier);
		int overOrders = count("""
				select count(distinct v.purchase_order_id) from purchase_variance v join purchase_order o on o.id = v.purchase_order_id
				where o.supplier_id = ? and v.kind = 'QUANTITY_OVER'""", supplier);
		BigDecimal priceVariance = jdbc.queryForObject("""
				select coalesce(sum(v.amount), 0) from purchase_variance v join purchase_order o on o.id = v.purchase_order_id
				where o.supplier_id = ? and v.kind = 'PRICE_DIFFERENCE'""", BigDecimal.class, supplier);

		assertThat(receipts).isEqualTo(5);
		assertThat(onTime).isEqualTo(4);
		assertThat(received).isEqualTo(4);
		assertThat(shortOrders).isEqualTo(1);
		assertThat(overOrders).isEqualTo(1);
		assertThat(priceVariance).isEqualByComparingTo("50.00");
		assertThat(row.get("receipts").asInt()).isEqualTo(receipts);
		assertThat(row.get("onTimeReceipts").asInt()).isEqualTo(onTime);
		assertThat(row.get("onTimeRate").decimalValue()).isEqualByComparingTo(ratio(onTime, receipts));
		assertThat(row.get("receivedOrders").asInt()).isEqualTo(received);
		assertThat(row.get("shortOrders").asInt()).isEqualTo(shortOrders);
		assertThat(row.get("shortRate").decimalValue()).isEqualByComparingTo(ratio(shortOrders, received));
		assertThat(row.get("overOrders").asInt()).isEqualTo(overOrders);
		assertThat(row.get("overRate").decimalValue()).isEqualByComparingTo(ratio(overOrders, received));
		assertThat(row.get("priceVarianceTotal").decimalValue()).isEqualByComparingTo(priceVariance);
		assertThat(row.get("currency").asText()).isEqualTo("AED");

		JsonNode dueFromToday = row(analyst.get("/api/v1/reports/purchasing?from=" + LocalDate.now()).json(), supplier);
		assertThat(dueFromToday.get("orders").asInt()).as("the late order was due before the period").isEqualTo(4);
		assertThat(dueFromToday.get("receipts").asInt()).isEqualTo(4);
		assertThat(dueFromToday.get("onTimeReceipts").asInt()).isEqualTo(4);
		JsonNode dueLongAgoOnly = row(analyst.get("/api/v1/reports/purchasing?from=" + dueLongAgo + "&to=" + dueLongAgo).json(),
				supplier);
		assertThat(dueLongAgoOnly.get("orders").asInt()).isEqualTo(1);
		assertThat(dueLongAgoOnly.get("onTimeRate").decimalValue()).isEqualByComparingTo("0");
		assertThat(dueLongAgoOnly.get("shortRate").decimalValue()).isEqualByComparingTo("0");
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsRefusedAndOnlyReadersSeeTheReport() {
		var backwards = analyst.get("/api/v1/reports/purchasing?from=2026-06-01&to=2026-05-01");
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.isProblem()).isTrue();
		assertThat(backwards.body()).contains("\"to\"");
		assertThat(analyst.get("/api/v1/reports/purchasing?from=not-a-date").status()).isEqualTo(400);
		assertThat(purchasing.staff.get("/api/v1/reports/purchasing").status()).isEqualTo(403);
		long foreignSupplier = purchasing.supplier();
		purchasing.sent(foreignSupplier, 1, LocalDate.now().plusDays(5));
		JsonNode malaysia = ApiClient.as(port, "analyst@demo-my.chancery", "demo").get("/api/v1/reports/purchasing").json();
		malaysia.forEach(row -> assertThat(row.get("supplierId").asLong()).isNotEqualTo(foreignSupplier));
	}

	private static JsonNode row(JsonNode report, long supplierId) {
		for (JsonNode row : report) {
			if (row.get("supplierId").asLong() == supplierId) {
				return row;
			}
		}
		throw new AssertionError("No report row for supplier " + supplierId + " in " + report);
	}

	private int count(String sql, long supplierId) {
		return jdbc.queryForObject(sql, Integer.class, supplierId);
	}

	private static BigDecimal ratio(int count, int of) {
		return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(of), 4, RoundingMode.HALF_UP);
	}

}
