package io.chancery.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.chancery.support.ApiClient;
import io.chancery.support.Browser;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.workflow.ProcessService;
import io.chancery.workflow.internal.EngineRecordExporter;

/** The monitor as an analyst uses it: from the process list to an instance on its diagram, and a retry. */
@ChanceryIntegrationTest
class ProcessMonitorBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ProcessService processes;

	@Autowired
	EngineRecordExporter exporter;

	@Autowired
	FlakyServiceWorker worker;

	WebDriver browser;

	long companyId;

	@BeforeEach
	void logIn() {
		companyId = ApiClient.as(port, "analyst@demo.chancery", "demo").companyId();
		browser = Browser.start();
		Browser.logIn(browser, port, "analyst@demo.chancery", "demo");
	}

	@AfterEach
	void closeBrowser() {
		browser.quit();
	}

	@Test
	void anAnalystOpensAnInstanceAndSeesTheActiveElementHighlighted() {
		String request = "R-" + UUID.randomUUID().toString().substring(0, 8);
		processes.start("test-monitor", companyId, Map.of("businessKey", request, "needsReview", true));
		awaitExported();

		browser.findElement(By.linkText("Process monitor")).click();
		browser.findElement(By.linkText("Test monitor")).click();
		browser.findElement(By.linkText(request)).click();

		waitForDiagram();
		assertThat(browser.findElements(By.cssSelector("g.djs-element.monitor-active[data-element-id='review']")))
			.as("the user task the instance waits in").hasSize(1);
		assertThat(browser.findElements(By.cssSelector("g.djs-element.monitor-completed[data-element-id='call-service']")))
			.hasSize(1);
		assertThat(browser.findElements(By.cssSelector("g.djs-element.monitor-active[data-element-id='call-service']")))
			.isEmpty();
		assertThat(browser.findElement(By.id("history")).getText()).contains("Call the flaky service", "Review the answer");
	}

	@Test
	void anAnalystRetriesAnIncidentOnceTheCauseIsFixed() {
		String quote = "Q-" + UUID.randomUUID().toString().substring(0, 8);
		long instance = processes.start("test-monitor", companyId, Map.of("businessKey", quote, "serviceDown", true));
		awaitExported();

		browser.get("http://localhost:" + port + "/monitor/incidents");
		browser.findElement(By.linkText(quote)).click();
		waitForDiagram();
		assertThat(browser.findElements(By.cssSelector("g.djs-element.monitor-incident[data-element-id='call-service']")))
			.hasSize(1);
		assertThat(browser.findElement(By.id("incidents")).getText()).contains(FlakyServiceWorker.FAILURE);

		worker.fix(instance);
		browser.findElement(By.cssSelector("#incidents button.retry")).click();

		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("Retry sent");
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			exporter.export();
			browser.navigate().refresh();
			return browser.findElement(By.id("instance-state")).getText().equals("COMPLETED");
		});
	}

	/** Until the monitor has the instance's newest records (the exporter runs every second anyway). */
	private void awaitExported() {
		await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(60)).until(() -> {
			exporter.export();
			return true;
		});
	}

	private void waitForDiagram() {
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(driver -> "true".equals(driver.findElement(By.id("instance-diagram")).getDomAttribute("data-rendered")));
	}

}
