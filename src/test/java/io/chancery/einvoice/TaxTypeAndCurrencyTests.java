package io.chancery.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.einvoice.internal.UblJson;
import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;

/**
 * Invoices of the Malaysian demo company against the local stand-in: each line's tax type comes from its
 * catalog tax rate (sales tax 01, service tax 02), and an invoice in another currency carries its
 * exchange rate to MYR, or fails the checks by field and is submitted only once the rate is given.
 */
@ChanceryIntegrationTest
class TaxTypeAndCurrencyTests {

	@LocalServerPort
	int port;

	ApiClient staff() {
		return ApiClient.as(port, "staff@demo-my.chancery", "demo");
	}

	static Map<String, Object> line(String description, String unitPrice, String taxRate) {
		return Map.of("description", description, "quantity", "1", "unitPrice", unitPrice, "taxRate", taxRate);
	}

	long issued(Map<String, Object> invoice) {
		var created = staff().post("/api/v1/invoices", invoice);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(staff().post("/api/v1/invoices/" + id + "/issue", "").status()).isEqualTo(200);
		return id;
	}

	JsonNode awaitEInvoice(long invoiceId, String status) {
		return EInvoiceFixtures.awaitEInvoice(staff(), "/api/v1/invoices/" + invoiceId + "/einvoice", status);
	}

	EDocument submitted(long invoiceId) {
		return UblJson.read(staff().get("/api/v1/invoices/" + invoiceId + "/einvoice/document").body());
	}

	@Test
	void salesTaxAndServiceTaxAreReportedAsTheirCatalogRatesSay() {
		long customer = EInvoiceFixtures.businessCustomer(staff(), true);
		long invoiceId = issued(Map.of("customerId", customer, "lines",
				List.of(line("Test weights (goods)", "200.00", "10"), line("Calibration (service)", "100.00", "8"))));

		awaitEInvoice(invoiceId, "VALID");

		EDocument document = submitted(invoiceId);
		assertThat(document.lines().get(0).taxSubtotals().getFirst().taxType()).as("SALES10").isEqualTo("01");
		assertThat(document.lines().get(1).taxSubtotals().getFirst().taxType()).as("SST8").isEqualTo("02");
		assertThat(document.taxSubtotals()).extracting(TaxSubtotal::taxType).containsExactly("01", "02");
	}

	@Test
	void aRateNoCatalogTaxRateHasIsAFieldErrorAndNothingIsSubmitted() {
		long invoiceId = issued(Map.of("customerId", EInvoiceFixtures.businessCustomer(staff(), true), "lines",
				List.of(line("Odd tax", "100.00", "7"))));

		JsonNode invalid = awaitEInvoice(invoiceId, "INVALID");

		assertThat(invalid.get("errors").findValuesAsText("field")).contains("lines[0].taxSubtotals[0].taxType");
		assertThat(invalid.get("uuid").isNull()).as("never submitted").isTrue();
		assertThat(invalid.get("submittedAt").isNull()).isTrue();
	}

	@Test
	void anInvoiceInDollarsCarriesItsExchangeRateToRinggit() {
		long invoiceId = issued(Map.of("customerId", EInvoiceFixtures.businessCustomer(staff(), true), "currency", "USD",
				"exchangeRate", "4.4712", "lines", List.of(line("Export calibration", "100.00", "0"))));

		awaitEInvoice(invoiceId, "VALID");

		EDocument document = submitted(invoiceId);
		assertThat(document.currency()).isEqualTo("USD");
		assertThat(document.exchangeRate()).isEqualByComparingTo("4.4712");
	}

	@Test
	void withoutTheExchangeRateNothingIsSubmittedUntilStaffGiveIt() {
		long invoiceId = issued(Map.of("customerId", EInvoiceFixtures.businessCustomer(staff(), true), "currency", "USD",
				"lines", List.of(line("Export calibration", "100.00", "0"))));

		JsonNode invalid = awaitEInvoice(invoiceId, "INVALID");
		assertThat(invalid.get("errors").findValuesAsText("field")).containsExactly("exchangeRate");
		assertThat(invalid.get("uuid").isNull()).as("never submitted").isTrue();

		var rate = staff().put("/api/v1/invoices/" + invoiceId + "/exchange-rate", Map.of("exchangeRate", "4.4712"));
		assertThat(rate.status()).as(rate.body()).isEqualTo(200);
		JsonNode task = await().atMost(Duration.ofMinutes(3)).until(() -> fixTask(invalid.get("id").asLong()),
				found -> found != null);
		long taskId = task.get("id").asLong();
		assertThat(staff().post("/api/v1/tasks/" + taskId + "/claim", "").status()).isEqualTo(200);
		var completed = staff().post("/api/v1/tasks/" + taskId + "/complete",
				Map.of("variables", Map.of("fixNotes", "Exchange rate of the invoice date entered")));
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);

		JsonNode valid = awaitEInvoice(invoiceId, "VALID");
		assertThat(valid.get("attempt").asInt()).isEqualTo(2);
		assertThat(submitted(invoiceId).exchangeRate()).isEqualByComparingTo("4.4712");
	}

	@Test
	void anExchangeRateIsOnlyForAnotherCurrency() {
		var own = staff().post("/api/v1/invoices", Map.of("customerId", EInvoiceFixtures.businessCustomer(staff(), true),
				"exchangeRate", "1.5", "lines", List.of(line("Local work", "10.00", "8"))));

		assertThat(own.status()).isEqualTo(400);
		assertThat(own.json().at("/errors/0/field").asText()).isEqualTo("exchangeRate");
	}

	private JsonNode fixTask(long einvoiceId) {
		for (JsonNode task : staff().get("/api/v1/tasks").json()) {
			if (task.at("/variables/einvoiceId").asLong() == einvoiceId) {
				return task;
			}
		}
		return null;
	}

}
