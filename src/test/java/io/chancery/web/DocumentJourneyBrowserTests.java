package io.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.chancery.documents.DocumentService;
import io.chancery.support.ApiClient;
import io.chancery.support.Browser;
import io.chancery.support.ChanceryIntegrationTest;

/**
 * The register as staff use it: an organisation with two employees, a passport with its scan,
 * opened through a signed URL, renewed, and found by "expiring within 10 days".
 */
@ChanceryIntegrationTest
class DocumentJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	DocumentService documents;

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
	void staffRegistersAPassportWithItsScanOpensItRenewsItAndFindsExpiringDocuments() throws Exception {
		LocalDate today = documents.today(ApiClient.as(port, "staff@demo.chancery", "demo").companyId());
		String organisation = "Journey Trading " + UUID.randomUUID().toString().substring(0, 6);

		browser.get(url("/customers"));
		browser.findElement(By.id("new-organisation")).click();
		browser.findElement(By.id("name")).sendKeys(organisation);
		browser.findElement(By.id("tradeLicenceNumber")).sendKeys("CN-" + System.nanoTime() % 1000000);
		browser.findElement(By.id("phone")).sendKeys("04 555 0123");
		browser.findElement(By.id("save")).click();
		assertThat(browser.findElement(By.id("customer-name")).getText()).isEqualTo(organisation);

		addEmployee("Layla Hassan");
		addEmployee("Tomás Ortega");
		assertThat(browser.findElement(By.id("employees")).getText()).contains("Layla Hassan", "Tomás Ortega");

		browser.findElement(By.xpath("//tr[td[text()='Layla Hassan']]//a[text()='Add document']")).click();
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("typeCode"))).selectByValue("PASSPORT");
		browser.findElement(By.id("number")).sendKeys("L" + (1000000 + System.nanoTime() % 8999999));
		type(browser.findElement(By.id("issueDate")), today.minusYears(9));
		type(browser.findElement(By.id("expiryDate")), today.plusDays(4));
		browser.findElement(By.id("save")).click();
		assertThat(browser.findElement(By.cssSelector(".status-badge")).getText()).isEqualTo("EXPIRING");
		String passportUrl = browser.getCurrentUrl();

		Path scan = Files.createTempFile("passport", ".pdf");
		Files.write(scan, DocumentJourneyBrowserTests.class.getResourceAsStream("/demo/sample-document.pdf").readAllBytes());
		browser.findElement(By.id("file")).sendKeys(scan.toAbsolutePath().toString());
		WebElement upload = browser.findElement(By.id("upload-button"));
		upload.click();
		// the page before the upload had a success message too: read the one of the page after it
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(upload));
		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("added");

		String filePage = browser.findElement(By.cssSelector("#files a")).getAttribute("href");
		var opened = openInSameTab(filePage);
		assertThat(opened).contains("signature=");

		browser.get(url("/documents?expiringWithin=10"));
		assertThat(browser.findElement(By.id("documents")).getText()).contains("Layla Hassan");

		browser.get(passportUrl);
		browser.findElement(By.id("renew")).click();
		browser.findElement(By.id("number")).clear();
		browser.findElement(By.id("number")).sendKeys("L" + (1000000 + System.nanoTime() % 8999999));
		type(browser.findElement(By.id("issueDate")), today);
		type(browser.findElement(By.id("expiryDate")), today.plusYears(10));
		browser.findElement(By.id("save")).click();
		assertThat(browser.findElement(By.cssSelector(".status-badge")).getText()).isEqualTo("VALID");
		assertThat(browser.findElement(By.id("history")).getText()).contains("SUPERSEDED", "VALID");

		browser.get(url("/documents?expiringWithin=10"));
		assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Layla Hassan");
	}

	private void addEmployee(String name) {
		browser.findElement(By.id("add-employee")).click();
		browser.findElement(By.id("name")).sendKeys(name);
		browser.findElement(By.id("save")).click();
	}

	/** Follows the page's file link (a redirect to a five-minute signed URL) and returns where it landed. */
	private String openInSameTab(String href) {
		var before = new ArrayList<>(browser.getWindowHandles());
		browser.get(href);
		assertThat(browser.getWindowHandles()).hasSameSizeAs(before);
		return browser.getCurrentUrl();
	}

	/** Date inputs take the browser's locale format; setting the value directly avoids guessing it. */
	private void type(WebElement dateInput, LocalDate date) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", dateInput,
				date.format(DateTimeFormatter.ISO_LOCAL_DATE));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
