package io.chancery.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.chancery.support.ApiClient;
import io.chancery.support.Browser;
import io.chancery.support.ChanceryIntegrationTest;

/** Staff credit part of an issued invoice from its page; a credit above what is left is refused there. */
@ChanceryIntegrationTest
class CreditNotePageBrowserTests {

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
	void staffCreditPartOfAnIssuedInvoiceFromItsPage() {
		ApiClient staff = ApiClient.as(port, "staff@demo.chancery", "demo");
		long invoiceId = BillingFixtures.draftInvoice(staff,
				BillingFixtures.customer(staff, "credit-page-" + UUID.randomUUID() + "@example.com"));
		staff.post("/api/v1/invoices/" + invoiceId + "/issue", "");

		browser.get("http://localhost:" + port + "/invoices/" + invoiceId);
		credit("Courier not used", "49.99", "5");

		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).matches(
				"Credit note CN-\\d{4}-\\d{5} of \\w{3} 52\\.49 was issued\\.");
		assertThat(browser.findElement(By.id("credit-notes")).getText()).contains("Courier not used", "52.49");
		assertThat(browser.findElement(By.id("balance")).getText()).endsWith("210.00");

		credit("Everything", "300.00", "0");

		assertThat(browser.findElement(By.cssSelector(".alert-danger")).getText()).contains("left to credit");
		assertThat(browser.findElement(By.id("balance")).getText()).endsWith("210.00");
	}

	private void credit(String reason, String amount, String taxRate) {
		browser.findElement(By.id("credit-reason")).sendKeys(reason);
		browser.findElement(By.id("credit-amount")).sendKeys(amount);
		browser.findElement(By.id("credit-tax-rate")).clear();
		browser.findElement(By.id("credit-tax-rate")).sendKeys(taxRate);
		browser.findElement(By.id("issue-credit-note")).click();
	}

}
