package io.chancery.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.support.ApiClient;

/** Builds purchase orders through the API for purchasing tests, each with its own supplier. */
final class Purchasing {

	final ApiClient staff;

	final ApiClient manager;

	Purchasing(int port, String domain) {
		this.staff = ApiClient.as(port, "staff@" + domain, "demo");
		this.manager = ApiClient.as(port, "manager@" + domain, "demo");
	}

	long supplier() {
		var created = staff.post("/api/v1/suppliers", Map.of("name", "Supplier " + UUID.randomUUID(), "taxNumber",
				"100200300400003", "contactPerson", "Sam Supply", "email", "orders@supplier.example", "paymentTermsDays", 45));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	/** A draft for {@code quantity} units of one line at 12.50 with 5 % tax, due in two months (the dev clock may have been moved by other tests). */
	JsonNode draft(int quantity) {
		var created = staff.post("/api/v1/purchase-orders", Map.of("supplierId", supplier(), "expectedDeliveryDate",
				LocalDate.now().plusDays(60).toString(), "lines", List.of(Map.of("description", "Calibration weight 1 kg",
						"itemCategory", "GOODS", "quantity", quantity, "unit", "pcs", "unitPrice", "12.50", "taxRate", 5))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	/** An approved order sent to the supplier, ready to receive goods. */
	JsonNode sent(int quantity) {
		long id = draft(quantity).get("id").asLong();
		assertThat(manager.post("/api/v1/purchase-orders/" + id + "/approve", "").status()).isEqualTo(200);
		var sent = staff.post("/api/v1/purchase-orders/" + id + "/send", "");
		assertThat(sent.status()).as(sent.body()).isEqualTo(200);
		return sent.json();
	}

	ApiClient.Response receive(JsonNode order, Object quantity) {
		long lineId = order.at("/lines/0/id").asLong();
		return staff.post("/api/v1/purchase-orders/" + order.get("id").asLong() + "/receipts",
				Map.of("lines", List.of(Map.of("lineId", lineId, "quantity", quantity))));
	}

	JsonNode order(long id) {
		return staff.get("/api/v1/purchase-orders/" + id).json();
	}

	/** Waits until no variance check of the order is still being evaluated by the process. */
	JsonNode settled(long id) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> order(id), order -> {
			for (JsonNode check : order.get("varianceChecks")) {
				if (check.get("status").asText().equals("EVALUATING")) {
					return false;
				}
			}
			return true;
		});
	}

	JsonNode awaitStatus(long id, String status) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> order(id), order -> order.get("status").asText().equals(status));
	}

	JsonNode awaitReviewTask(long orderId) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> reviewTask(orderId), task -> task != null);
	}

	JsonNode reviewTask(long orderId) {
		for (JsonNode task : manager.get("/api/v1/tasks").json()) {
			if (task.get("elementId").asText().equals("review-variance")
					&& task.at("/variables/purchaseOrderId").asLong() == orderId) {
				return task;
			}
		}
		return null;
	}

}
