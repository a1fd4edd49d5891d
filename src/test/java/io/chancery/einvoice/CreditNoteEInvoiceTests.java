package io.chancery.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.einvoice.internal.UblJson;
import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;

/**
 * A credit note on a Malaysian invoice whose e-invoice is VALID goes through the submission process as
 * a MyInvois credit note (type 02) referencing the invoice's UUID and number, and ends VALID.
 */
@ChanceryIntegrationTest
class CreditNoteEInvoiceTests {

	@LocalServerPort
	int port;

	ApiClient staff() {
		return ApiClient.as(port, "staff@demo-my.chancery", "demo");
	}

	@Test
	void aCreditNoteOnAValidInvoiceEndsValidReferencingTheOriginal() {
		long invoiceId = EInvoiceFixtures.issuedInvoice(staff(), EInvoiceFixtures.businessCustomer(staff(), true));
		JsonNode original = EInvoiceFixtures.awaitEInvoice(staff(), "/api/v1/invoices/" + invoiceId + "/einvoice", "VALID");

		var created = staff().post("/api/v1/invoices/" + invoiceId + "/credit-notes", Map.of("reason", "Delivery not made",
				"lines", List.of(Map.of("description", "Delivery to site", "quantity", "1", "unitPrice", "50.00", "taxRate", "0"))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long creditNoteId = created.json().get("id").asLong();

		JsonNode valid = EInvoiceFixtures.awaitEInvoice(staff(), "/api/v1/credit-notes/" + creditNoteId + "/einvoice", "VALID");
		assertThat(valid.get("number").asText()).isEqualTo(created.json().get("number").asText());
		assertThat(valid.get("uuid").asText()).isNotEqualTo(original.get("uuid").asText());
		var signed = staff().get("/api/v1/credit-notes/" + creditNoteId + "/einvoice/document");
		assertThat(signed.status()).isEqualTo(200);
		EDocument document = UblJson.read(signed.body());
		assertThat(document.type()).isEqualTo(DocumentType.CREDIT_NOTE);
		assertThat(document.originalDocuments())
			.containsExactly(new OriginalDocument(original.get("uuid").asText(), original.get("number").asText()));
		assertThat(document.totals().payableAmount()).isEqualByComparingTo("50.00");
	}

}
