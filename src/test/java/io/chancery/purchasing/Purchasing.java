package io.chancery.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.support.ApiClient;

/** Builds purchase orders through the API for purchasing tests, each with its own supplier. */
final class Purchasing {

	final ApiClient staff;

	final ApiClient manager;

	private final int port;

	private final String domain;

	Purchasing(int port, String domain) {
		this.port = port;
		this.domain = domain;
		this.staff = ApiClient.as(port, "staff@" + domain, "demo");
		this.manager = ApiClient.as(port, "manager@" + domain, "demo");
	}

	long supplier() {
		var created = staff.post("/api/v1/suppliers", Map.of("name", "Supplier " + UUID.randomUUID(), "taxNumber",
				"100200300400003", "contactPerson", "Sam Supply", "email", "orders@supplier.example", "paymentTermsDays", 45));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	/** A supplier with this e-mail address, or none when it is null. */
	long supplier(String email) {
		var details = new java.util.HashMap<String, Object>(Map.of("name", "Supplier " + UUID.randomUUID(), "contactPerson",
				"Sam Supply", "paymentTermsDays", 30));
		if (email != null) {
			details.put("email", email);
		}
		var created = staff.post("/api/v1/suppliers", details);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	/** A draft for {@code quantity} units of one line at 12.50 with 5 % tax, due in two months (the dev clock may have been moved by other tests). */
	JsonNode draft(int quantity) {
		return draft(supplier(), quantity, LocalDate.now().plusDays(60));
	}

	JsonNode draft(long supplierId, int quantity, LocalDate expected) {
		var created = staff.post("/api/v1/purchase-orders", Map.of("supplierId", supplierId, "expectedDeliveryDate",
				expected.toString(), "lines", List.of(Map.of("description", "Calibration weight 1 kg",
						"itemCategory", "GOODS", "quantity", quantity, "unit", "pcs", "unitPrice", "12.50", "taxRate", 5))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	/** An approved order sent to the supplier, ready to receive goods. */
	JsonNode sent(int quantity) {
		return sent(draft(quantity));
	}

	/** The same from the given supplier, due on {@code expected}. */
	JsonNode sent(long supplierId, int quantity, LocalDate expected) {
		return sent(draft(supplierId, quantity, expected));
	}

	private JsonNode sent(JsonNode draft) {
		long id = draft.get("id").asLong();
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

	/** A receipt with its delivery note's file: parts "receipt" (JSON) and "file", as a script sends them. */
	HttpResponse<String> receiveWithNote(JsonNode order, int quantity, String fileName, String fileType, byte[] file) {
		String boundary = "chancery-" + UUID.randomUUID();
		String receipt = "{\"deliveryNoteNumber\":\"DN-" + order.get("id").asLong() + "\",\"lines\":[{\"lineId\":"
				+ order.at("/lines/0/id").asLong() + ",\"quantity\":" + quantity + "}]}";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"receipt\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + receipt + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\nContent-Type: " + fileType
				+ "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest request = request(port, "staff@" + domain, "/api/v1/purchase-orders/" + order.get("id").asLong() + "/receipts")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, file, tail)))
			.build();
		return send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** A GET whose body is kept as bytes (a PDF), as a script with HTTP Basic credentials sends it. */
	static HttpResponse<byte[]> download(int port, String email, String path) {
		HttpRequest request = request(port, email, path).header("Accept", "application/pdf, application/problem+json").GET().build();
		return send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private static HttpRequest.Builder request(int port, String email, String path) {
		String credentials = Base64.getEncoder().encodeToString((email + ":demo").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + credentials);
	}

	private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
		try {
			return HttpClient.newHttpClient().send(request, body);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	JsonNode order(long id) {
		return staff.get("/api/v1/purchase-orders/" + id).json();
	}

	/** Waits until no variance check of the order is still being evaluated by the process. */
	JsonNode settled(long id) {
		return await().atMost(Duration.ofSeconds(60)).until(() -> order(id), order -> {
			for (JsonNode check : order.get("varianceChecks")) {
				if (check.get("status").asText().equals("EVALUATING")) {
					return false;
				}
			}
			return true;
		});
	}

	JsonNode awaitStatus(long id, String status) {
		return await().atMost(Duration.ofSeconds(60)).until(() -> order(id), order -> order.get("status").asText().equals(status));
	}

	JsonNode awaitReviewTask(long orderId) {
		return await().atMost(Duration.ofSeconds(60)).until(() -> reviewTask(orderId), task -> task != null);
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
