package io.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.chancery.support.Browser;
import io.chancery.support.ChanceryIntegrationTest;

/**
 * The pages whose scripts do the most (BPMN and DMN editors, process diagram, report charts, the
 * shared page script) run under the Content-Security-Policy: their scripts render, and the browser
 * console reports no refusal.
 */
@ChanceryIntegrationTest
class ContentSecurityPolicyBrowserTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	@BeforeEach
	void logIn() {
		browser = Browser.start();
		Browser.logIn(browser, port, "manager@demo.chancery", "demo");
	}

	@AfterEach
	void close() {
		browser.quit();
	}

	@Test
	void scriptHeavyPagesRenderWithoutAnyContentSecurityPolicyRefusal() {
		List<String> refusals = new ArrayList<>();
		visit("/models/escalation-windows.dmn/edit", By.cssSelector("#model-canvas .dmn-decision-table-container"), refusals);
		visit("/models/document-renewal.bpmn/edit", By.cssSelector("#model-canvas .djs-container"), refusals);
		visit("/reports/process-health", By.cssSelector("canvas[data-chart-for][style*='display']"), refusals);
		visit("/monitor", By.id("main"), refusals);
		visit("/", By.id("main"), refusals);

		assertThat(refusals).isEmpty();
	}

	private void visit(String path, By rendered, List<String> refusals) {
		browser.get("http://localhost:" + port + path);
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(rendered));
		for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
			String message = entry.getMessage();
			if (message.contains("Content Security Policy") || message.contains("page-actions.js")) {
				refusals.add(path + ": " + message);
			}
		}
	}

}
