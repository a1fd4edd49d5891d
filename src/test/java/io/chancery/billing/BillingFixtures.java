package io.chancery.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.chancery.support.ApiClient;

/** Rows the billing tests create for themselves: a customer with a unique name, a service with a unique code. */
final class BillingFixtures {

	private BillingFixtures() {
	}

	static long customer(ApiClient staff, String email) {
		var created = staff.post("/api/v1/customers", Map.of("kind", "ORGANISATION", "name", "Billing " + UUID.randomUUID(),
				"email", email));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	static long service(ApiClient manager, String price, String taxCode) {
		var created = manager.post("/api/v1/services", Map.of("code", "T-" + UUID.randomUUID().toString().substring(0, 8),
				"name", "Service " + UUID.randomUUID(), "unit", "hour", "unitPrice", price, "taxCode", taxCode));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	static Map<String, Object> line(String description, String quantity, String unitPrice, String taxRate) {
		return Map.of("description", description, "quantity", quantity, "unitPrice", unitPrice, "taxRate", taxRate);
	}

	/** A draft invoice: 2 × 100.00 at 5 % and 1 × 49.99 at 5 % = 249.99 + 12.50 tax = 262.49. */
	static long draftInvoice(ApiClient staff, long customerId) {
		var created = staff.post("/api/v1/invoices", Map.of("customerId", customerId, "lines",
				List.of(line("Visa processing", "2", "100.00", "5"), line("Courier", "1", "49.99", "5"))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

}
