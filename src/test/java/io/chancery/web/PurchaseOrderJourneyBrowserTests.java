package io.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.chancery.support.ApiClient;
import io.chancery.support.Browser;
import io.chancery.support.ChanceryIntegrationTest;

/**
 * Purchasing on the pages. The journey: a manager buys 100 weights (supplier, order, approval, two
 * deliveries entered on the receipt form, 60 then 38), the 2 % shortfall is reviewed and accepted, the
 * order closes. Then a delivery ticked final, and an order closed short by a manager.
 */
@ChanceryIntegrationTest
class PurchaseOrderJourneyBrowserTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	@BeforeEach
	void logIn() {
		browser = Browser.start();
		Browser.logIn(browser, port, "manager@demo.chancery", "demo");
	}

	@AfterEach
	void closeBrowser() {
		browser.quit();
	}

	@Test
	void aShortDeliveryIsReviewedAndAcceptedOnTheOrderPage() {
		String supplier = "Journey Supplies " + UUID.randomUUID().toString().substring(0, 6);
		browser.findElement(By.id("nav-purchasing")).click();
		browser.findElement(By.linkText("Suppliers")).click();
		browser.findElement(By.id("new-supplier")).click();
		browser.findElement(By.id("name")).sendKeys(supplier);
		browser.findElement(By.id("taxNumber")).sendKeys("100300500700003");
		browser.findElement(By.id("save")).click();
		assertThat(browser.findElement(By.id("suppliers")).getText()).contains(supplier);

		browser.findElement(By.linkText("Purchase orders")).click();
		browser.findElement(By.id("new-order")).click();
		new Select(browser.findElement(By.id("supplierId"))).selectByVisibleText(supplier);
		browser.findElement(By.id("save")).click();
		assertThat(browser.getPageSource()).as("an order without lines is refused").contains("add at least one line");
		browser.findElement(By.id("lines0.description")).sendKeys("Test weight 1 kg");
		browser.findElement(By.id("lines0.quantity")).sendKeys("100");
		browser.findElement(By.id("lines0.unitPrice")).sendKeys("12.50");
		browser.findElement(By.id("lines0.taxRate")).clear();
		browser.findElement(By.id("lines0.taxRate")).sendKeys("5");
		browser.findElement(By.id("save")).click();
		Browser.awaitText(browser, By.id("order-status"), "DRAFT");
		assertThat(browser.findElement(By.id("order-total")).getText()).isEqualTo("AED 1312.50");
		assertThat(browser.findElement(By.id("order-pdf")).getDomAttribute("href")).matches("/api/v1/purchase-orders/\\d+/pdf");

		browser.findElement(By.id("approve")).click();
		browser.findElement(By.id("send")).click();
		Browser.awaitText(browser, By.id("order-status"), "SENT");

		receive("60");
		Browser.awaitText(browser, By.id("order-status"), "PARTIALLY_RECEIVED");
		receive("38");

		// the process judges the variance and then records the status: wait for both
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
		wait.until(driver -> {
			driver.navigate().refresh();
			return !driver.findElements(By.cssSelector(".review-form")).isEmpty()
					&& driver.findElement(By.id("order-status")).getText().equals("RECEIVED");
		});
		assertThat(browser.findElement(By.id("variances")).getText()).contains("QUANTITY_SHORT").contains("waiting for review");
		browser.findElement(By.cssSelector(".review-form input[name=notes]")).sendKeys("Two short, accepted");
		browser.findElement(By.cssSelector(".review-form button")).click();

		Browser.awaitText(browser, By.id("order-status"), "CLOSED");
		assertThat(browser.findElement(By.cssSelector("#variances .resolution")).getText()).isEqualTo("ACCEPTED");
		assertThat(browser.findElement(By.id("audit")).getText()).contains("variance review: ACCEPT_VARIANCE");
	}

	@Test
	void aDeliveryTickedFinalOnTheReceiptFormHasItsShortfallReviewedAtOnce() {
		long id = sentOrder(50);

		browser.get("http://localhost:" + port + "/purchasing/orders/" + id);
		browser.findElement(By.id("finalDelivery1")).click();
		receive("30");
		Browser.awaitText(browser, By.id("order-status"), "RECEIVED"); // nothing more is expected
		assertThat(browser.findElement(By.id("receipts")).getText()).contains("final");

		new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
			driver.navigate().refresh();
			return !driver.findElements(By.cssSelector(".review-form")).isEmpty();
		});
		assertThat(browser.findElement(By.id("variances")).getText()).contains("QUANTITY_SHORT").contains("40").contains("REVIEW");
	}

	@Test
	void aManagerClosesAPartlyDeliveredOrderShortOnItsPage() {
		long id = sentOrder(50);
		browser.get("http://localhost:" + port + "/purchasing/orders/" + id);
		receive("30");
		Browser.awaitText(browser, By.id("order-status"), "PARTIALLY_RECEIVED");

		browser.findElement(By.id("close-short-reason")).sendKeys("The last twenty are out of production");
		browser.findElement(By.id("close-short")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "closed short"));
		Browser.awaitText(browser, By.id("order-status"), "RECEIVED");
		assertThat(browser.findElement(By.id("audit")).getText()).contains("closed short: The last twenty are out of production");
		assertThat(browser.findElements(By.id("close-short"))).as("an order is closed short once").isEmpty();
	}

	/** An order for {@code quantity} test weights, sent to a supplier of its own, through the API. */
	private long sentOrder(int quantity) {
		ApiClient staff = ApiClient.as(port, "staff@demo.chancery", "demo");
		ApiClient manager = ApiClient.as(port, "manager@demo.chancery", "demo");
		long supplier = staff.post("/api/v1/suppliers", Map.of("name", "Page Supplies " + UUID.randomUUID().toString().substring(0, 6)))
			.json().get("id").asLong();
		long id = staff.post("/api/v1/purchase-orders", Map.of("supplierId", supplier, "expectedDeliveryDate",
				LocalDate.now().plusDays(30).toString(), "lines", List.of(Map.of("description", "Test weight 5 kg", "quantity", quantity,
						"unitPrice", "40", "taxRate", 5)))).json().get("id").asLong();
		assertThat(manager.post("/api/v1/purchase-orders/" + id + "/approve", "").status()).isEqualTo(200);
		assertThat(staff.post("/api/v1/purchase-orders/" + id + "/send", "").status()).isEqualTo(200);
		return id;
	}

	private void receive(String quantity) {
		browser.findElement(By.id("deliveryNoteNumber")).sendKeys("DN-" + quantity);
		browser.findElement(By.id("lines0.quantity")).sendKeys(quantity);
		browser.findElement(By.id("record-receipt")).click();
		// The page it leaves shows a success message too ("… sent"): wait for the next page's.
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "delivery was recorded"));
	}


}
