package io.chancery.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.support.ApiClient;

/** Customers and issued invoices of the Malaysian demo company, as the e-invoice tests need them. */
public final class EInvoiceFixtures {

	private EInvoiceFixtures() {
	}

	/** A business buyer with a TIN (its invoices are submitted one by one); without address it fails the checks. */
	public static long businessCustomer(ApiClient staff, boolean withAddress) {
		String tin = "C" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
		Map<String, Object> body = new HashMap<>(Map.of("kind", "ORGANISATION", "name", "Kilang " + UUID.randomUUID(),
				"tin", tin, "idType", "BRN", "idValue", "201901000005", "sstNumber", "NA", "phone", "+60 3-3344 1122",
				"email", "ap@kilang.example"));
		if (withAddress) {
			body.put("address", Map.of("line1", "No. 5, Jalan Tukang", "city", "Klang", "postcode", "41050", "stateCode",
					"10", "countryCode", "MYS"));
		}
		return created(staff, body);
	}

	/** A member of the public: no TIN, so the sales go into the month's consolidated e-invoice. */
	public static long consumer(ApiClient staff) {
		return created(staff, Map.of("kind", "INDIVIDUAL", "name", "Pelanggan " + UUID.randomUUID()));
	}

	private static long created(ApiClient staff, Map<String, Object> body) {
		var created = staff.post("/api/v1/customers", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	/** Two lines: 2 × 150.00 less 10 % at SST 8 %, and 50.00 untaxed. */
	public static List<Map<String, Object>> twoLines() {
		return List.of(
				Map.of("description", "Rental of 20 kg test weights", "quantity", "2", "unitPrice", "150.00",
						"discountPercent", "10", "taxRate", "8"),
				Map.of("description", "Delivery to site", "quantity", "1", "unitPrice", "50.00", "taxRate", "0"));
	}

	/** Creates and issues an invoice; returns it as the API shows it after issue. */
	public static JsonNode issuedInvoice(ApiClient staff, long customerId, List<Map<String, Object>> lines) {
		var created = staff.post("/api/v1/invoices", Map.of("customerId", customerId, "lines", lines));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		var issued = staff.post("/api/v1/invoices/" + id + "/issue", "");
		assertThat(issued.status()).as(issued.body()).isEqualTo(200);
		return issued.json();
	}

	public static long issuedInvoice(ApiClient staff, long customerId) {
		return issuedInvoice(staff, customerId, twoLines()).get("id").asLong();
	}

	/** Waits for the invoice's e-invoice to reach the status (other tests' clock jumps may delay the engine). */
	public static JsonNode awaitEInvoice(ApiClient staff, String path, String status) {
		return await().atMost(Duration.ofMinutes(3)).until(() -> {
			var response = staff.get(path);
			return response.status() == 200 ? response.json() : null;
		}, view -> view != null && view.get("status").asText().equals(status));
	}

}
