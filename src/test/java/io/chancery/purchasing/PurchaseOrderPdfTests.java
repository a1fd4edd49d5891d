package io.chancery.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;

import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;

/** The purchase order PDF, read back as text and compared with what the database holds. */
@ChanceryIntegrationTest
class PurchaseOrderPdfTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Purchasing purchasing;

	@BeforeEach
	void setUp() {
		purchasing = new Purchasing(port, "demo.chancery");
	}

	@Test
	void thePdfShowsTheOrderAsTheDatabaseHoldsIt() throws IOException {
		String supplierName = "Gulf Metrology Supplies " + UUID.randomUUID().toString().substring(0, 8);
		var supplier = purchasing.staff.post("/api/v1/suppliers", Map.of("name", supplierName, "taxNumber", "100999888777003",
				"address", "Warehouse 7, Al Quoz 3, Dubai", "paymentTermsDays", 45));
		assertThat(supplier.status()).as(supplier.body()).isEqualTo(201);
		var created = purchasing.staff.post("/api/v1/purchase-orders", Map.of("supplierId", supplier.json().get("id").asLong(),
				"expectedDeliveryDate", LocalDate.now().plusDays(30).toString(), "lines", List.of(
						Map.of("description", "Test weight set F1 1 mg–500 g", "quantity", 40, "unit", "set", "unitPrice", "312.75", "taxRate", 5),
						Map.of("description", "On-site calibration", "itemCategory", "SERVICES", "quantity", "2.5", "unit", "h",
								"unitPrice", "450", "taxRate", 0))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(purchasing.manager.post("/api/v1/purchase-orders/" + id + "/approve", "").status()).isEqualTo(200);

		var response = Purchasing.download(port, "staff@demo.chancery", "/api/v1/purchase-orders/" + id + "/pdf");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		String text = text(response.body());

		Map<String, Object> row = jdbc.queryForMap("""
				select o.number, s.name, o.subtotal, o.tax_total, o.total, s.payment_terms_days
				from purchase_order o join supplier s on s.id = o.supplier_id where o.id = ?""", id);
		assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).contains(row.get("number") + ".pdf"));
		assertThat(text).contains("Demo Services FZ-LLC", (String) row.get("number"), (String) row.get("name"),
				"Warehouse 7, Al Quoz 3, Dubai", "Test weight set F1 1 mg–500 g", "On-site calibration");
		assertThat(text).contains("Subtotal " + money(row.get("subtotal")), "Tax 5 % " + money(row.get("tax_total")),
				"Tax 0 % 0.00", "Total AED " + money(row.get("total")));
		assertThat(text).contains("Payment terms: " + row.get("payment_terms_days") + " days");
		// 40 × 312.75 + 2.5 × 450 = 13,635.00; 5 % of 12,510.00 = 625.50
		assertThat((BigDecimal) row.get("total")).isEqualByComparingTo("14260.50");
		assertThat(text).doesNotContain("DRAFT");
	}

	@Test
	void aDraftSaysItIsNotAnOrderAndAnotherCompanyGetsNothing() throws IOException {
		long id = purchasing.draft(3).get("id").asLong();
		var draft = Purchasing.download(port, "staff@demo.chancery", "/api/v1/purchase-orders/" + id + "/pdf");
		assertThat(draft.statusCode()).isEqualTo(200);
		assertThat(text(draft.body())).contains("draft " + id, "DRAFT — not yet approved");

		var foreign = Purchasing.download(port, "staff@demo-my.chancery", "/api/v1/purchase-orders/" + id + "/pdf");
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(ApiClient.anonymous(port).get("/api/v1/purchase-orders/" + id + "/pdf").status()).isEqualTo(401);
	}

	private static String money(Object amount) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
		return format.format(amount);
	}

	private static String text(byte[] pdf) throws IOException {
		try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				text.append(PdfTextExtractor.getTextFromPage(document.getPage(page))).append('\n');
			}
			return text.toString();
		}
	}

}
