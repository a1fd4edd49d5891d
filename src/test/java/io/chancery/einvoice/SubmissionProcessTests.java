package io.chancery.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.einvoice.internal.Consolidations;
import io.chancery.einvoice.internal.EInvoiceSubmissions;
import io.chancery.shared.NotFoundException;
import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;

/**
 * bpmn/einvoice-submission.bpmn on the embedded engine against the local stand-in, with consolidated
 * B2C documents of the Malaysian demo company as the source: valid through the timer loop, and a
 * broken one through the staff task listing the field errors, fixed and resubmitted.
 */
@ChanceryIntegrationTest
class SubmissionProcessTests {

	@LocalServerPort
	int port;

	@Autowired
	Consolidations consolidations;

	@Autowired
	EInvoiceSubmissions submissions;

	ApiClient staff() {
		return ApiClient.as(port, "staff@demo-my.chancery", "demo");
	}

	/** A month of its own for each test: the stand-in refuses a second valid document with the same number. */
	static YearMonth month() {
		return YearMonth.of(ThreadLocalRandom.current().nextInt(2100, 9000), ThreadLocalRandom.current().nextInt(1, 13));
	}

	static B2cSale sale(YearMonth month, String net, String tax) {
		return new B2cSale("INV-" + month + "-" + ThreadLocalRandom.current().nextInt(100000), month.atDay(3),
				new BigDecimal(net), "02", new BigDecimal("8"), new BigDecimal(tax));
	}

	EInvoiceView awaitStatus(long consolidationId, EInvoiceStatus status) {
		long companyId = staff().companyId();
		// generous bound: other tests move the shared clock by days, and the engine then fires every due timer first
		return await().atMost(Duration.ofMinutes(3)).ignoreExceptionsInstanceOf(NotFoundException.class)
			.until(() -> submissions.of(companyId, EInvoiceSource.CONSOLIDATED, consolidationId),
					view -> view.status() == status);
	}

	@Test
	void aConsolidatedDocumentIsSubmittedAndPolledUntilValid() {
		YearMonth month = month();
		long id = consolidations.record(staff().companyId(), month,
				List.of(sale(month, "100.00", "8.00"), sale(month, "50.00", "4.00")));

		consolidations.submit(staff().companyId(), id);
		consolidations.submit(staff().companyId(), id);

		EInvoiceView valid = awaitStatus(id, EInvoiceStatus.VALID);
		assertThat(valid.number()).isEqualTo("CON-" + month);
		assertThat(valid.attempt()).isEqualTo(1);
		assertThat(valid.longId()).hasSize(40);
		assertThat(valid.validationUrl().toString()).endsWith(valid.uuid() + "/share/" + valid.longId());
	}

	@Test
	void aBrokenDocumentGivesStaffATaskListingTheFieldErrorsAndIsResubmittedOnceFixed() {
		YearMonth month = month();
		long companyId = staff().companyId();
		long id = consolidations.record(companyId, month, List.of(sale(month, "100.00", "9.99")));

		consolidations.submit(companyId, id);

		EInvoiceView invalid = awaitStatus(id, EInvoiceStatus.INVALID);
		JsonNode task = await().atMost(Duration.ofMinutes(3)).until(() -> fixTask(invalid.id()), found -> found != null);
		assertThat(task.get("name").asText()).isEqualTo("Fix the e-invoice errors");
		assertThat(task.get("formId").asText()).isEqualTo("einvoice-fix");
		assertThat(task.at("/variables/einvoiceErrors").asText())
			.contains("lines[0].taxSubtotals[0].taxAmount: is 9.99 but must be taxable amount × rate = 8.00");

		consolidations.record(companyId, month, List.of(sale(month, "100.00", "8.00")));
		long taskId = task.get("id").asLong();
		assertThat(staff().post("/api/v1/tasks/" + taskId + "/claim", "").status()).isEqualTo(200);
		var completed = staff().post("/api/v1/tasks/" + taskId + "/complete",
				Map.of("variables", Map.of("fixNotes", "Tax corrected to 8 %")));
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);

		EInvoiceView valid = awaitStatus(id, EInvoiceStatus.VALID);
		assertThat(valid.attempt()).isEqualTo(2);
		assertThat(valid.errors()).isEmpty();
	}

	private JsonNode fixTask(long einvoiceId) {
		for (JsonNode task : staff().get("/api/v1/tasks").json()) {
			if ("einvoice-submission".equals(task.get("bpmnProcessId").asText())
					&& task.at("/variables/einvoiceId").asLong() == einvoiceId) {
				return task;
			}
		}
		return null;
	}

}
