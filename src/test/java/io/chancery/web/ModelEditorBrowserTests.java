package io.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.camunda.client.CamundaClient;
import io.chancery.support.ApiClient;
import io.chancery.support.Browser;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.support.EscalationWindows;

/** A manager changes models in the browser: a decision table in dmn-js, a process in bpmn-js. */
@ChanceryIntegrationTest
class ModelEditorBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	CamundaClient engine;

	WebDriver browser;

	@BeforeEach
	void logIn() {
		browser = Browser.start();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("manager@demo.chancery");
		browser.findElement(By.id("password")).sendKeys("demo");
		browser.findElement(By.id("login")).click();
	}

	@AfterEach
	void closeBrowserAndRestoreTheShippedTable() {
		browser.quit();
		EscalationWindows.restore(port);
	}

	@Test
	void managerEditsADecisionTableCellDeploysAndTheNextEvaluationUsesIt() {
		int before = currentVersion(EscalationWindows.RESOURCE);
		assertThat(EscalationWindows.passportLevel(engine, 20)).isNull();

		browser.findElement(By.id("nav-models")).click();
		WebElement table = browser.findElement(By.id("model-" + EscalationWindows.RESOURCE));
		table.findElement(By.linkText("Edit")).click();
		waitUntilTheEditorIsReady();

		WebElement warningDays = browser.findElement(By.cssSelector("td[data-element-id='rule-warning-days'] [contenteditable]"));
		assertThat(warningDays.getText()).isEqualTo("[6..10]");
		// a click opens the cell's FEEL editor (CodeMirror), which then has the keyboard focus
		warningDays.click();
		new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys("[6..30]").perform();
		browser.findElement(By.id("comment")).sendKeys("Warn a month ahead");
		browser.findElement(By.id("deploy")).click();

		waitFor(By.id("deploy-status"), "Deployed as version " + (before + 1));
		assertThat(EscalationWindows.passportLevel(engine, 20)).isEqualTo("WARNING");
		assertThat(EscalationWindows.passportLevel(engine, 31)).isNull();

		browser.get(url("/models"));
		table = browser.findElement(By.id("model-" + EscalationWindows.RESOURCE));
		assertThat(table.getText()).contains("v" + (before + 1), "by manager@demo.chancery");
		table.findElement(By.tagName("summary")).click();
		assertThat(table.findElement(By.cssSelector("table.versions")).getText()).contains("Warn a month ahead");

		table.findElement(By.cssSelector("form[action$='/versions/" + before + "/redeploy'] button")).click();
		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText())
			.contains("version " + before + " again as version " + (before + 2));
		assertThat(EscalationWindows.passportLevel(engine, 20)).isNull();
	}

	@Test
	void zeebePropertiesSurviveOpeningAndSavingAProcessInBpmnJs() throws IOException {
		String resourceName = "modeling-roundtrip.bpmn";
		byte[] original;
		try (InputStream in = getClass().getResourceAsStream("/models/roundtrip.bpmn")) {
			original = in.readAllBytes();
		}
		ApiClient.Response uploaded = manager().upload("/api/v1/deployments", "file", resourceName, original);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);

		browser.get(url("/models/" + resourceName + "/edit"));
		waitUntilTheEditorIsReady();
		assertThat(browser.findElements(By.cssSelector("#model-canvas [data-element-id='review']"))).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector("#model-properties .bio-properties-panel"))).isNotEmpty();
		browser.findElement(By.id("comment")).sendKeys("Saved by bpmn-js");
		browser.findElement(By.id("deploy")).click();
		waitFor(By.id("deploy-status"), "Deployed as version 2");

		String saved = manager().get("/api/v1/models/" + resourceName).body();
		assertThat(saved).isNotEqualTo(new String(original, java.nio.charset.StandardCharsets.UTF_8))
			.containsPattern("<zeebe:userTask\\s*/>")
			.contains("<zeebe:formDefinition formId=\"test-approval\"")
			.contains("<zeebe:assignmentDefinition candidateGroups=\"MANAGER\"")
			.contains("<zeebe:header key=\"purpose\" value=\"round trip\"")
			.contains("<zeebe:taskDefinition type=\"modeling-roundtrip-notify\" retries=\"5\"");
	}

	private void waitUntilTheEditorIsReady() {
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.attributeToBe(By.id("model-editor"), "data-ready", "true"));
	}

	private void waitFor(By element, String text) {
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
			String shown = driver.findElement(element).getText();
			String error = driver.findElement(By.id("deploy-error")).getText();
			if (!error.isBlank()) {
				throw new AssertionError("Deployment failed: " + error);
			}
			return shown.contains(text);
		});
	}

	private int currentVersion(String resourceName) {
		for (var model : manager().get("/api/v1/models").json()) {
			if (model.get("resourceName").asText().equals(resourceName)) {
				return model.get("currentVersion").asInt();
			}
		}
		throw new AssertionError(resourceName + " is not deployed");
	}

	private ApiClient manager() {
		return ApiClient.as(port, "manager@demo.chancery", "demo");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
