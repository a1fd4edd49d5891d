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
import io.chancery.workflow.ProcessService;

/** The first journey in a real browser: a staff member logs in, sees who they are, and logs out. */
@ChanceryIntegrationTest
class LoginJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ProcessService processes;

	WebDriver browser;

	@BeforeEach
	void openBrowser() {
		browser = Browser.start();
	}

	@AfterEach
	void closeBrowser() {
		browser.quit();
	}

	@Test
	void staffLogsInSeesTheHomePageAndLogsOut() {
		browser.get("http://localhost:" + port + "/");
		assertThat(browser.getCurrentUrl()).endsWith("/login");

		logIn("staff@demo.chancery", "demo");

		assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/");
		assertThat(browser.findElement(By.id("email")).getText()).isEqualTo("staff@demo.chancery");
		assertThat(browser.findElement(By.id("company")).getText()).isEqualTo("Demo Services FZ-LLC");
		assertThat(browser.findElement(By.id("roles")).getText()).isEqualTo("STAFF");
		assertThat(browser.findElements(By.linkText("Users"))).as("admin-only navigation").isEmpty();

		browser.findElement(By.id("logout")).click();

		assertThat(browser.findElement(By.id("logged-out")).getText()).contains("logged out");
		browser.get("http://localhost:" + port + "/");
		assertThat(browser.getCurrentUrl()).endsWith("/login");
	}

	@Test
	void aWrongPasswordShowsAReadableMessage() {
		browser.get("http://localhost:" + port + "/login");

		logIn("staff@demo.chancery", "wrong");

		assertThat(browser.findElement(By.id("login-error")).getText()).contains("Wrong email or password");
		assertThat(browser.findElement(By.id("username")).isDisplayed()).isTrue();
	}

	@Test
	void adminSeesUserManagement() {
		browser.get("http://localhost:" + port + "/login");
		logIn("admin@demo.chancery", "demo");

		browser.findElement(By.linkText("Users")).click();

		assertThat(browser.findElement(By.id("users")).getText()).contains("staff@demo.chancery")
			.doesNotContain("staff@demo-my.chancery");
	}

	@Test
	void adminCreatesAUserAndIsToldWhatIsWrongWithBadInput() {
		browser.get("http://localhost:" + port + "/login");
		logIn("admin@demo.chancery", "demo");
		browser.get("http://localhost:" + port + "/admin/users/new");
		String email = "browser-" + System.nanoTime() + "@demo.chancery";

		browser.findElement(By.id("email")).sendKeys("not-an-email");
		browser.findElement(By.id("fullName")).sendKeys("Browser Made");
		browser.findElement(By.id("password")).sendKeys("long-enough-1");
		browser.findElement(By.cssSelector("input[value=STAFF]")).click();
		browser.findElement(By.id("save")).click();

		assertThat(browser.findElement(By.cssSelector("#email + .invalid-feedback")).getText()).isNotBlank();
		assertThat(browser.findElement(By.id("fullName")).getAttribute("value")).as("input kept").isEqualTo("Browser Made");

		browser.findElement(By.id("email")).clear();
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys("long-enough-1");
		browser.findElement(By.id("save")).click();

		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains(email);
		assertThat(browser.findElement(By.id("users")).getText()).contains(email);
	}

	@Test
	void staffClaimsATaskFromTheTaskList() {
		long companyId = ApiClient.as(port, "staff@demo.chancery", "demo").companyId();
		long instance = processes.start("test-user-task", companyId, Map.of());
		browser.get("http://localhost:" + port + "/login");
		logIn("staff@demo.chancery", "demo");

		By claimButton = By.xpath("//tr[@data-process-instance='" + instance + "']//button[text()='Claim']");
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			browser.get("http://localhost:" + port + "/tasks");
			return !browser.findElements(claimButton).isEmpty();
		});
		browser.findElement(claimButton).click();

		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("You claimed");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("assigned to staff@demo.chancery");
	}

	private void logIn(String email, String password) {
		Browser.logIn(browser, email, password);
	}

}
