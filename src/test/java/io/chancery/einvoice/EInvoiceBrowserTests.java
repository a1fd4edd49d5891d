package io.chancery.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.chancery.einvoice.internal.Consolidations;
import io.chancery.einvoice.internal.LocalStandIn;
import io.chancery.support.ApiClient;
import io.chancery.support.Browser;
import io.chancery.support.ChanceryIntegrationTest;

/** The Malaysian demo admin finds the e-invoice settings and validates a customer's TIN from its page. */
@ChanceryIntegrationTest
class EInvoiceBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	LocalStandIn standIn;

	@Autowired
	Consolidations consolidations;

	WebDriver browser;

	@BeforeEach
	void openBrowser() {
		browser = Browser.start();
		Browser.logIn(browser, port, "admin@demo-my.chancery", "demo");
	}

	@AfterEach
	void closeBrowser() {
		browser.quit();
	}

	@Test
	void theSettingsPageSaysItIsTheLocalStandInAndShowsTheTestCertificate() {
		browser.get("http://localhost:" + port + "/admin/company");
		browser.findElement(By.id("einvoice-settings-link")).click();

		assertThat(browser.findElement(By.id("stand-in-banner")).getText()).contains("local stand-in, not LHDN");
		assertThat(browser.findElement(By.id("certificate-subject")).getText()).contains("Chancery TEST certificate");
		assertThat(browser.findElement(By.id("test-certificate")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("certificate-expiry")).getText()).containsPattern("Expires in \\d+ days");
		assertThat(browser.findElement(By.id("client-secret-state")).getText()).isEqualTo("set");

		browser.findElement(By.id("msicCode")).clear();
		browser.findElement(By.id("msicCode")).sendKeys("99999");
		browser.findElement(By.id("save-settings")).click();

		assertThat(browser.findElement(By.cssSelector("#msicCode + .invalid-feedback, #msicCode ~ .invalid-feedback")).getText())
			.contains("not in the MyInvois msic code table");
		assertThat(browser.findElement(By.id("msicCode")).getAttribute("value")).isEqualTo("99999");
	}

	@Test
	void theConsolidationsPageListsEachMonthWithItsStatusAndSales() {
		YearMonth month = SubmissionProcessTests.month();
		long companyId = ApiClient.as(port, "admin@demo-my.chancery", "demo").companyId();
		B2cSale sale = SubmissionProcessTests.sale(month, "100.00", "8.00");
		long id = consolidations.record(companyId, month, List.of(sale));

		browser.get("http://localhost:" + port + "/admin/einvoice");
		browser.findElement(By.id("consolidations-link")).click();
		browser.findElement(By.linkText(month.toString())).click();

		assertThat(browser.getCurrentUrl()).endsWith("/einvoice/consolidations/" + id);
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("RECORDED");
		assertThat(browser.findElement(By.id("sales")).getText()).contains(sale.number(), "100.00", "8.00");
	}

	@Test
	void staffValidateACustomersTinFromTheCustomerPage() {
		String tin = TinValidationTests.randomTin();
		standIn.get().registerTin(tin);
		long id = ApiClient.as(port, "staff@demo-my.chancery", "demo")
			.post("/api/v1/customers", Map.of("kind", "ORGANISATION", "name", "Timbang Sdn Bhd " + UUID.randomUUID(), "tin",
					tin, "idType", "BRN", "idValue", "201901000099"))
			.json()
			.get("id")
			.asLong();

		browser.get("http://localhost:" + port + "/customers/" + id);
		assertThat(browser.findElement(By.id("tin-not-checked")).getText()).isEqualTo("not checked yet");
		browser.findElement(By.id("validate-tin")).click();

		assertThat(browser.findElement(By.id("tin-result")).getText()).isEqualTo("valid");
		assertThat(browser.findElement(By.id("tin-checked-at")).getText()).contains("local stand-in, not LHDN");
	}

}
