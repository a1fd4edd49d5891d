package io.chancery.einvoice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.camunda.client.CamundaClient;
import io.chancery.einvoice.EInvoiceFixtures;
import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.support.EngineRecords;
import io.chancery.workflow.internal.EmbeddedZeebeEngine;

/**
 * bpmn/einvoice-consolidation.bpmn against the local stand-in: the month's invoices to buyers without a
 * TIN end in one VALID consolidated e-invoice, invoices to businesses still go one by one, and a second
 * run of the month creates and submits nothing.
 */
@ChanceryIntegrationTest
class ConsolidationProcessTests {

	@LocalServerPort
	int port;

	@Autowired
	CamundaClient client;

	@Autowired
	EmbeddedZeebeEngine engine;

	@Autowired
	B2cInvoiceRepository setAside;

	ApiClient staff() {
		return ApiClient.as(port, "staff@demo-my.chancery", "demo");
	}

	@Test
	void theMonthsConsumerSalesEndInOneValidConsolidatedDocumentAndARerunCreatesNothing() {
		long consumer = EInvoiceFixtures.consumer(staff());
		JsonNode first = EInvoiceFixtures.issuedInvoice(staff(), consumer, EInvoiceFixtures.twoLines());
		JsonNode second = EInvoiceFixtures.issuedInvoice(staff(), consumer,
				List.of(Map.of("description", "Calibration", "quantity", "1", "unitPrice", "80.00", "taxRate", "8")));
		long business = EInvoiceFixtures.issuedInvoice(staff(), EInvoiceFixtures.businessCustomer(staff(), true));
		YearMonth month = YearMonth.parse(second.get("issueDate").asText().substring(0, 7));
		awaitSetAside(first, second);

		runMonth(month);

		JsonNode consolidation = awaitConsolidation(month, "VALID");
		List<String> reported = numbers(staff().get("/api/v1/einvoice/consolidations/" + consolidation.get("id").asLong())
			.json().get("sales"));
		String firstNumber = first.get("number").asText();
		String secondNumber = second.get("number").asText();
		// the two-line invoice is taxed at 8 % and 0 %: one sale per tax rate
		assertThat(reported).contains(firstNumber, secondNumber);
		assertThat(reported.stream().filter(firstNumber::equals)).hasSize(2);
		EInvoiceFixtures.awaitEInvoice(staff(), "/api/v1/invoices/" + business + "/einvoice", "VALID");
		assertThat(reported).doesNotContain(staff().get("/api/v1/invoices/" + business).json().get("number").asText());
		assertThat(staff().get("/api/v1/invoices/" + first.get("id").asLong() + "/einvoice").status()).isEqualTo(404);
		JsonNode detail = staff().get("/api/v1/einvoice/consolidations/" + consolidation.get("id").asLong()).json();
		assertThat(detail.at("/einvoice/attempt").asInt()).isEqualTo(1);

		JsonNode late = EInvoiceFixtures.issuedInvoice(staff(), consumer, EInvoiceFixtures.twoLines());
		awaitSetAside(late);
		runMonth(month);

		JsonNode again = awaitConsolidation(month, "VALID");
		assertThat(again.get("id").asLong()).isEqualTo(consolidation.get("id").asLong());
		assertThat(again.get("salesCount").asInt()).isEqualTo(consolidation.get("salesCount").asInt());
		assertThat(again.at("/einvoice/uuid").asText()).isEqualTo(consolidation.at("/einvoice/uuid").asText());
		assertThat(again.at("/einvoice/attempt").asInt()).isEqualTo(1);
		assertThat(periods().stream().filter(month.toString()::equals)).hasSize(1);
		assertThat(setAside.findAll().stream()
			.filter(invoice -> invoice.invoiceId == late.get("id").asLong())
			.map(invoice -> invoice.consolidationId)).containsExactly((Long) null);
	}

	@Test
	void anUnknownConsolidationIsAProblem404() {
		var unknown = staff().get("/api/v1/einvoice/consolidations/999999999");

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.isProblem()).isTrue();
	}

	private void runMonth(YearMonth month) {
		long instance = client.newCreateInstanceCommand()
			.bpmnProcessId(EInvoiceProcess.CONSOLIDATION_PROCESS_ID)
			.latestVersion()
			.variables(Map.of("month", month.toString()))
			.send()
			.join()
			.getProcessInstanceKey();
		await().atMost(Duration.ofSeconds(60)).until(() -> EngineRecords.reached(engine, instance, "submitted"));
	}

	private void awaitSetAside(JsonNode... invoices) {
		long companyId = staff().companyId();
		for (JsonNode invoice : invoices) {
			await().atMost(Duration.ofSeconds(60))
				.until(() -> setAside.existsByCompanyIdAndInvoiceId(companyId, invoice.get("id").asLong()));
		}
	}

	private JsonNode awaitConsolidation(YearMonth month, String status) {
		return await().atMost(Duration.ofMinutes(3)).until(() -> {
			for (JsonNode consolidation : staff().get("/api/v1/einvoice/consolidations").json()) {
				if (consolidation.get("period").asText().equals(month.toString())) {
					return consolidation;
				}
			}
			return null;
		}, found -> found != null && found.get("status").asText().equals(status));
	}

	private List<String> periods() {
		return StreamSupport.stream(staff().get("/api/v1/einvoice/consolidations").json().spliterator(), false)
			.map(consolidation -> consolidation.get("period").asText())
			.toList();
	}

	private static List<String> numbers(JsonNode sales) {
		return StreamSupport.stream(sales.spliterator(), false).map(sale -> sale.get("number").asText()).toList();
	}

}
