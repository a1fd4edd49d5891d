package io.chancery.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.chancery.documents.DocumentService;
import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;

/** A customer's portal link: their issued invoices with PDFs and balances, documents due, revocable. */
@ChanceryIntegrationTest
class CustomerPortalTests {

	@LocalServerPort
	int port;

	@Autowired
	DocumentService documents;

	@Test
	void theCustomerSeesTheirInvoicesAndDocumentsUntilTheLinkIsWithdrawn() {
		ApiClient staff = ApiClient.as(port, "staff@demo.chancery", "demo");
		long customerId = BillingFixtures.customer(staff, "portal-" + UUID.randomUUID() + "@example.com");
		long issued = BillingFixtures.draftInvoice(staff, customerId);
		String number = staff.post("/api/v1/invoices/" + issued + "/issue", "").json().get("number").asText();
		staff.post("/api/v1/invoices/" + issued + "/payments",
				Map.of("amount", "62.49", "date", LocalDate.now().minusDays(1).toString(), "method", "CASH"));
		long draft = BillingFixtures.draftInvoice(staff, customerId);
		long otherCustomersInvoice = BillingFixtures.draftInvoice(staff,
				BillingFixtures.customer(staff, "other-" + UUID.randomUUID() + "@example.com"));
		staff.post("/api/v1/invoices/" + otherCustomersInvoice + "/issue", "");
		String passport = "P" + (1000000 + ThreadLocalRandom.current().nextInt(8999999));
		var document = staff.post("/api/v1/documents", Map.of("typeCode", "PASSPORT", "customerId", customerId, "number", passport,
				"expiryDate", documents.today(staff.companyId()).plusDays(20).toString()));
		assertThat(document.status()).as(document.body()).isEqualTo(201);

		var created = staff.post("/api/v1/customers/" + customerId + "/portal-links", "");
		assertThat(created.status()).isEqualTo(201);
		String portal = URI.create(created.json().get("url").asText()).getPath();
		ApiClient customer = ApiClient.anonymous(port);

		var page = customer.get(portal);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(number).contains("200.00").contains(passport);
		assertThat(page.body()).as("drafts are not the customer's business").doesNotContain("/invoices/" + draft + "/pdf");
		assertThat(customer.get(portal).status()).as("used any number of times").isEqualTo(200);
		var pdf = InvoiceApiTests.fetch(port, portal + "/invoices/" + issued + "/pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		assertThat(customer.get(portal + "/invoices/" + otherCustomersInvoice + "/pdf").status()).isEqualTo(404);
		assertThat(customer.get(portal + "/invoices/" + draft + "/pdf").status()).isEqualTo(404);

		long linkId = staff.get("/api/v1/customers/" + customerId + "/portal-links").json().get(0).get("id").asLong();
		assertThat(staff.post("/api/v1/portal-links/" + linkId + "/revoke", "").status()).isEqualTo(204);
		var withdrawn = customer.get(portal);
		assertThat(withdrawn.status()).isEqualTo(410);
		assertThat(withdrawn.body()).contains("withdrawn").doesNotContain(number);
		assertThat(ApiClient.as(port, "staff@demo-my.chancery", "demo").post("/api/v1/portal-links/" + linkId + "/revoke", "")
			.status()).as("another company's link").isEqualTo(404);
	}

}
