package io.chancery.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.chancery.support.ApiClient;
import io.chancery.support.Browser;
import io.chancery.support.ChanceryIntegrationTest;

/**
 * Staff work an invoice on its page: issue it, add an internal expense (the margin changes), record
 * payments (an overpayment is refused with a readable message and the input kept) until it is paid;
 * the history shows every change. The catalogue page lists the services.
 */
@ChanceryIntegrationTest
class InvoicePageBrowserTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	@BeforeEach
	void logIn() {
		browser = Browser.start();
		Browser.logIn(browser, port, "staff@demo.chancery", "demo");
	}

	@AfterEach
	void closeBrowser() {
		browser.quit();
	}

	@Test
	void staffIssueAddAnExpenseAndRecordPaymentsOnTheInvoicePage() {
		ApiClient staff = ApiClient.as(port, "staff@demo.chancery", "demo");
		long invoiceId = BillingFixtures.draftInvoice(staff, BillingFixtures.customer(staff, "page-" + UUID.randomUUID() + "@example.com"));
		browser.findElement(By.id("nav-invoices")).click();
		browser.get(url("/invoices/" + invoiceId));
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("DRAFT");
		assertThat(browser.findElement(By.id("doc-total")).getText()).isEqualTo("262.49");

		submit(By.id("issue"));
		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).startsWith("Issued as INV-");
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("SENT");

		browser.findElement(By.id("description")).sendKeys("Typing fee");
		browser.findElement(By.id("expense-amount")).sendKeys("49.99");
		browser.findElement(By.id("supplier")).sendKeys("Amer centre");
		submit(By.id("add-expense"));
		assertThat(browser.findElement(By.id("expenses")).getText()).contains("Typing fee").contains("Amer centre");
		assertThat(browser.findElement(By.id("margin")).getText()).isEqualTo("AED 200.00");

		browser.findElement(By.id("amount")).sendKeys("300");
		browser.findElement(By.id("reference")).sendKeys("TT-1");
		submit(By.id("record-payment"));
		assertThat(browser.findElement(By.id("payment-error")).getText()).contains("more than the balance due of 262.49");
		assertThat(browser.findElement(By.id("reference")).getAttribute("value")).isEqualTo("TT-1");

		browser.findElement(By.id("amount")).clear();
		browser.findElement(By.id("amount")).sendKeys("262.49");
		submit(By.id("record-payment"));
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("PAID");
		assertThat(browser.findElement(By.id("balance")).getText()).isEqualTo("AED 0.00");
		assertThat(browser.findElement(By.id("audit")).getText()).contains("DRAFT SENT").contains("SENT PAID");
		assertThat(browser.findElements(By.id("cancel"))).as("a paid invoice offers no cancel").isEmpty();

		browser.findElement(By.id("nav-services")).click();
		assertThat(browser.findElement(By.id("services")).getText()).contains("Residence visa renewal");
	}

	private void submit(By button) {
		var element = browser.findElement(button);
		element.click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(element));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
