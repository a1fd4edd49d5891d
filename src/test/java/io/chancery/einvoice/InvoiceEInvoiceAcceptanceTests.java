package io.chancery.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.xobject.PdfImageXObject;

import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;

/**
 * Issue 9's acceptance: invoices issued by the Malaysian demo company (MYR, SST 8 %) go through
 * bpmn/einvoice-submission.bpmn against the local stand-in.
 */
@ChanceryIntegrationTest
class InvoiceEInvoiceAcceptanceTests {

	@LocalServerPort
	int port;

	ApiClient staff() {
		return ApiClient.as(port, "staff@demo-my.chancery", "demo");
	}

	long customer(boolean withAddress) {
		return EInvoiceFixtures.businessCustomer(staff(), withAddress);
	}

	long issuedInvoice(long customerId) {
		return EInvoiceFixtures.issuedInvoice(staff(), customerId);
	}

	JsonNode awaitEInvoice(long invoiceId, String status) {
		return EInvoiceFixtures.awaitEInvoice(staff(), "/api/v1/invoices/" + invoiceId + "/einvoice", status);
	}

	@Test
	void anIssuedInvoiceEndsValidWithItsQrCodeAndValidationLinkOnThePdf() throws Exception {
		long invoiceId = issuedInvoice(customer(true));

		JsonNode valid = awaitEInvoice(invoiceId, "VALID");

		String url = valid.get("validationUrl").asText();
		assertThat(url).endsWith(valid.get("uuid").asText() + "/share/" + valid.get("longId").asText());
		byte[] pdf = pdf(invoiceId);
		try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
			assertThat(PdfTextExtractor.getTextFromPage(document.getPage(1)).replaceAll("\\s+", ""))
				.contains(url.replaceAll("\\s+", ""));
			assertThat(qrCodesOf(document)).contains(url);
		}
	}

	@Test
	void aBrokenInvoiceEndsWithAStaffTaskListingTheFieldErrors() {
		long invoiceId = issuedInvoice(customer(false));

		JsonNode invalid = awaitEInvoice(invoiceId, "INVALID");

		assertThat(invalid.get("errors").findValuesAsText("field")).contains("buyer.address");
		JsonNode task = await().atMost(Duration.ofSeconds(60)).until(() -> {
			for (JsonNode candidate : staff().get("/api/v1/tasks").json()) {
				if (candidate.at("/variables/einvoiceId").asLong() == invalid.get("id").asLong()) {
					return candidate;
				}
			}
			return null;
		}, found -> found != null);
		assertThat(task.get("name").asText()).isEqualTo("Fix the e-invoice errors");
		assertThat(task.at("/variables/einvoiceErrors").asText()).contains("buyer.address: is required");
	}

	@Test
	void cancellationAfter72HoursIsRefused() {
		long invoiceId = issuedInvoice(customer(true));
		awaitEInvoice(invoiceId, "VALID");
		ApiClient manager = ApiClient.as(port, "manager@demo-my.chancery", "demo");
		ApiClient admin = ApiClient.as(port, "admin@demo-my.chancery", "demo");

		assertThat(admin.post("/api/v1/dev/clock", Map.of("advance", "PT73H")).status()).isEqualTo(200);
		var late = manager.post("/api/v1/invoices/" + invoiceId + "/einvoice/cancellation", Map.of("reason", "Wrong buyer"));

		assertThat(late.status()).isEqualTo(409);
		assertThat(late.json().get("detail").asText()).contains("72-hour cancellation window closed");
		assertThat(staff().get("/api/v1/invoices/" + invoiceId + "/einvoice").json().get("status").asText())
			.isEqualTo("VALID");
	}

	private byte[] pdf(long invoiceId) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/invoices/" + invoiceId + "/pdf"))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("staff@demo-my.chancery:demo".getBytes()))
			.build();
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	/** Every QR code among the PDF's images, decoded with ZXing. */
	private static List<String> qrCodesOf(PdfDocument document) throws Exception {
		List<String> texts = new ArrayList<>();
		for (int i = 1; i <= document.getNumberOfPdfObjects(); i++) {
			if (document.getPdfObject(i) instanceof PdfStream stream && PdfName.Image.equals(stream.getAsName(PdfName.Subtype))) {
				BufferedImage image = new PdfImageXObject(stream).getBufferedImage();
				int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
				try {
					texts.add(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
							new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText());
				}
				catch (com.google.zxing.NotFoundException notAQrCode) {
					// a logo
				}
			}
		}
		return texts;
	}

}
