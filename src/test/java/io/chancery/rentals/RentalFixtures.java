package io.chancery.rentals;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.support.ApiClient;

/** Rows the rental tests create for themselves: items with unique serials, customers, rentals, signatures. */
final class RentalFixtures {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private RentalFixtures() {
	}

	static long equipment(ApiClient staff, String category, String dailyRate) {
		var created = staff.post("/api/v1/equipment", Map.of("category", category, "serialNumber",
				"SN-" + UUID.randomUUID().toString().substring(0, 13), "description", "Test weight set " + category,
				"dailyRate", dailyRate, "deposit", "100.00", "calibrationDue", LocalDate.now().plusYears(1).toString()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	static long customer(ApiClient staff, String kind) {
		var created = staff.post("/api/v1/customers", Map.of("kind", kind, "name", "Renter " + UUID.randomUUID()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	/** A customer of kind ORGANISATION with an e-mail address and a contact person. */
	static long customerWithEmail(ApiClient staff, String email) {
		var created = staff.post("/api/v1/customers", Map.of("kind", "ORGANISATION", "name", "Renter " + UUID.randomUUID(),
				"email", email, "contactPerson", "Nur Aina"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	static ApiClient.Response reserve(ApiClient staff, long customerId, List<Long> equipmentIds, LocalDate start, LocalDate due) {
		return staff.post("/api/v1/rentals", Map.of("customerId", customerId, "equipmentIds", equipmentIds, "startDate",
				start.toString(), "dueDate", due.toString(), "deliveryAddress", "Unit 4, Shah Alam"));
	}

	/** Checks the rental out and returns the signing link's path ({@code /s/…}). */
	static String checkOut(ApiClient staff, long rentalId) {
		var checkedOut = staff.post("/api/v1/rentals/" + rentalId + "/check-out", Map.of());
		assertThat(checkedOut.status()).as(checkedOut.body()).isEqualTo(200);
		JsonNode link = checkedOut.json().get("signingLink");
		assertThat(link.get("whatsappUrl").asText()).startsWith("https://wa.me/?text=");
		return URI.create(link.get("url").asText()).getPath();
	}

	/** A drawn signature as the pad sends it: a PNG data URL. */
	static String signaturePng() {
		BufferedImage image = new BufferedImage(400, 150, BufferedImage.TYPE_INT_ARGB);
		Graphics2D pen = image.createGraphics();
		pen.setColor(Color.BLUE);
		pen.setStroke(new BasicStroke(3));
		pen.drawLine(20, 120, 380, 30);
		pen.drawLine(40, 40, 200, 130);
		pen.dispose();
		var png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
	}

	/** Opens the signing page and submits the form, as a phone does: session cookie and CSRF token included. */
	static HttpResponse<String> sign(int port, String path, String signerName, String signatureDataUrl) {
		return signRepeatedly(port, path, signerName, signatureDataUrl, 1).getFirst();
	}

	/** Opens the page once and submits its form several times (a replay: the same session and CSRF token). */
	static List<HttpResponse<String>> signRepeatedly(int port, String path, String signerName, String signatureDataUrl, int times) {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		try {
			HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher csrf = CSRF.matcher(page.body());
			String token = csrf.find() ? csrf.group(1) : "";
			String form = "signerName=" + URLEncoder.encode(signerName, StandardCharsets.UTF_8) + "&signature="
					+ URLEncoder.encode(signatureDataUrl, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
			List<HttpResponse<String>> responses = new java.util.ArrayList<>();
			for (int i = 0; i < times; i++) {
				responses.add(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.ofString()));
			}
			return responses;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
