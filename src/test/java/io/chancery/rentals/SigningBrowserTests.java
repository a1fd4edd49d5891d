package io.chancery.rentals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;

import io.chancery.support.ApiClient;
import io.chancery.support.Browser;
import io.chancery.support.ChanceryIntegrationTest;

/**
 * The delivery order journey in Chromium: staff check the rental out on the tablet screen and get the
 * link with its share buttons; the customer signs on a phone-sized screen; the PDF then carries the
 * signature image and the signer's name, and the link, opened again, says it was already signed.
 */
@ChanceryIntegrationTest
class SigningBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	RentalService rentals;

	WebDriver browser;

	@BeforeEach
	void start() {
		browser = Browser.start();
	}

	@AfterEach
	void stop() {
		browser.quit();
	}

	@Test
	void aCustomerSignsTheDeliveryOrderOnAPhone() throws IOException {
		ApiClient staff = ApiClient.as(port, "staff@demo-my.chancery", "demo");
		LocalDate today = rentals.today(staff.companyId());
		long item = RentalFixtures.equipment(staff, "TEST_WEIGHTS_F1", "25.00");
		String serial = staff.get("/api/v1/equipment/" + item).json().get("serialNumber").asText();
		long customer = RentalFixtures.customer(staff, "ORGANISATION");
		long rentalId = RentalFixtures.reserve(staff, customer, List.of(item), today, today.plusDays(3)).json().get("id").asLong();

		browser.manage().window().setSize(new Dimension(1024, 768));
		Browser.logIn(browser, port, "staff@demo-my.chancery", "demo");
		browser.get("http://localhost:" + port + "/rentals/" + rentalId + "/check-out");
		browser.findElement(By.name("serialNumber")).sendKeys(serial);
		browser.findElement(By.id("check-out-submit")).click();
		String link = browser.findElement(By.id("signing-link")).getAttribute("value");
		assertThat(browser.findElement(By.id("share-whatsapp")).getAttribute("href")).startsWith("https://wa.me/?text=")
			.contains(java.net.URLEncoder.encode(link, StandardCharsets.UTF_8));
		browser.findElement(By.id("logout")).click();

		browser.manage().window().setSize(new Dimension(390, 844));
		String signingPage = "http://localhost:" + port + URI.create(link).getPath();
		browser.get(signingPage);
		assertThat(browser.findElement(By.id("signing-lines")).getText()).contains(serial);
		WebElement canvas = browser.findElement(By.id("signature-canvas"));
		assertThat(canvas.getRect().getWidth()).as("the pad fits the phone").isLessThanOrEqualTo(390);
		new Actions(browser).moveToElement(canvas, -100, 10).clickAndHold().moveByOffset(50, -30).moveByOffset(50, 40)
			.moveByOffset(60, -20).release().perform();
		browser.findElement(By.id("signerName")).sendKeys("Nurul Huda");
		browser.findElement(By.id("submit-signature")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("outcome-signed")));

		byte[] pdf = pdf(rentalId);
		try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
			PdfDictionary xObjects = document.getPage(1).getResources().getResource(PdfName.XObject);
			assertThat(xObjects).as("the page has XObjects").isNotNull();
			assertThat(xObjects.keySet()).anySatisfy(name -> assertThat(xObjects.getAsStream(name).getAsName(PdfName.Subtype))
				.isEqualTo(PdfName.Image));
			String text = PdfTextExtractor.getTextFromPage(document.getPage(1));
			assertThat(text).contains("Signed by Nurul Huda").contains(serial);
		}

		browser.get(signingPage);
		assertThat(browser.findElement(By.id("outcome-heading")).getText()).isEqualTo("Already signed");
		assertThat(browser.findElement(By.id("outcome-message")).getText()).contains("already signed by Nurul Huda");
	}

	private byte[] pdf(long rentalId) throws IOException {
		try {
			HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/api/v1/rentals/" + rentalId + "/delivery-order.pdf"))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("staff@demo-my.chancery:demo".getBytes(StandardCharsets.UTF_8)))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			return response.body();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
	}

}
