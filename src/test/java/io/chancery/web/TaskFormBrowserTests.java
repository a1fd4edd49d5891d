package io.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.chancery.support.ApiClient;
import io.chancery.support.Browser;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.support.EngineRecords;
import io.chancery.workflow.ProcessService;
import io.chancery.workflow.internal.EmbeddedZeebeEngine;

/** Staff claim a group task, fill in its Camunda form (rendered by form-js), complete it, and the process moves on. */
@ChanceryIntegrationTest
class TaskFormBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ProcessService processes;

	@Autowired
	EmbeddedZeebeEngine engine;

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
	void staffClaimFillAndCompleteAGroupTaskAndTheProcessMovesOn() {
		long instance = processes.start("test-user-task", ApiClient.as(port, "staff@demo.chancery", "demo").companyId(),
				Map.of());
		By row = By.xpath("//tr[@data-process-instance='" + instance + "']//a");
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			browser.get(url("/tasks?scope=group"));
			return !browser.findElements(row).isEmpty();
		});
		browser.findElement(row).click();
		String taskPage = browser.getCurrentUrl();
		assertThat(browser.findElements(By.id("task-form-submit"))).as("no submit before claiming").isEmpty();

		browser.findElement(By.id("claim")).click();
		browser.findElement(By.xpath("//label[normalize-space()='Approve']")).click();
		browser.findElement(By.xpath("//input[@id=//label[normalize-space()='Comment']/@for]")).sendKeys("Checked the papers");
		browser.findElement(By.id("task-form-submit")).click();

		await().atMost(Duration.ofSeconds(60)).until(() -> URI.create(browser.getCurrentUrl()).getPath().equals("/tasks"));
		await().atMost(Duration.ofSeconds(60)).until(() -> EngineRecords.reached(engine, instance, "approved"));
		browser.get(taskPage);
		assertThat(browser.findElement(By.id("task-closed")).getText()).contains("Completed by staff@demo.chancery");
		assertThat(browser.findElements(By.id("task-form-submit"))).as("read-only once completed").isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
