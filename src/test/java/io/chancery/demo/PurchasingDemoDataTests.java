package io.chancery.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;

/** Each demo company starts with two suppliers and orders in the states a buyer meets; seeding again adds none. */
@ChanceryIntegrationTest
class PurchasingDemoDataTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoDataSeeder seeder;

	@Test
	void eachDemoCompanyHasSuppliersAndOrdersInEveryStateOnce() {
		ApiClient dubai = ApiClient.as(port, "manager@demo.chancery", "demo");
		ApiClient malaysia = ApiClient.as(port, "manager@demo-my.chancery", "demo");
		List<Long> dubaiSuppliers = supplierIds(dubai, "Emirates Precision Weights LLC", "Al Quoz Office Supplies");
		List<Long> malaysiaSuppliers = supplierIds(malaysia, "Timbang Tepat Sdn Bhd", "Kedai Pejabat Maju Enterprise");
		// The full delivery is closed by the process, and the short one waits for a manager, once the engine has judged them.
		List<String> states = List.of("DRAFT", "APPROVED", "SENT", "PARTIALLY_RECEIVED", "RECEIVED", "CLOSED");
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(statuses(dubai, dubaiSuppliers)).containsExactlyInAnyOrderElementsOf(states);
			assertThat(statuses(malaysia, malaysiaSuppliers)).containsExactlyInAnyOrderElementsOf(states);
		});
		JsonNode shortDelivery = orders(dubai, dubaiSuppliers).stream()
			.filter(order -> order.get("status").asText().equals("RECEIVED"))
			.map(order -> dubai.get("/api/v1/purchase-orders/" + order.get("id").asLong()).json())
			.findFirst()
			.orElseThrow();
		assertThat(shortDelivery.get("currency").asText()).isEqualTo("AED");
		assertThat(shortDelivery.at("/variances/0/kind").asText()).isEqualTo("QUANTITY_SHORT");
		assertThat(shortDelivery.at("/variances/0/ruleDecision").asText()).isEqualTo("REVIEW");
		assertThat(orders(malaysia, malaysiaSuppliers).get(0).get("currency").asText()).isEqualTo("MYR");

		int supplierCount = dubai.get("/api/v1/suppliers").json().size();
		seeder.run(null);
		assertThat(dubai.get("/api/v1/suppliers").json().size()).isEqualTo(supplierCount);
		assertThat(orders(dubai, dubaiSuppliers)).hasSize(states.size());
		assertThat(orders(malaysia, malaysiaSuppliers)).hasSize(states.size());
	}

	private static List<Long> supplierIds(ApiClient client, String... names) {
		List<Long> ids = new ArrayList<>();
		for (String name : names) {
			for (JsonNode supplier : client.get("/api/v1/suppliers").json()) {
				if (supplier.get("name").asText().equals(name)) {
					ids.add(supplier.get("id").asLong());
				}
			}
		}
		assertThat(ids).as("one of each of %s", List.of(names)).hasSize(names.length);
		return ids;
	}

	private static List<JsonNode> orders(ApiClient client, List<Long> supplierIds) {
		List<JsonNode> orders = new ArrayList<>();
		client.get("/api/v1/purchase-orders").json().forEach(order -> {
			if (supplierIds.contains(order.get("supplierId").asLong())) {
				orders.add(order);
			}
		});
		return orders;
	}

	private static List<String> statuses(ApiClient client, List<Long> supplierIds) {
		return orders(client, supplierIds).stream().map(order -> order.get("status").asText()).toList();
	}

}
