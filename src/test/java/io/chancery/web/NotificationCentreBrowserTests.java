package io.chancery.web;

import static io.chancery.expiry.DocumentEnteredWindow.IN_APP;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import io.chancery.expiry.EscalationLevel;
import io.chancery.support.ApiClient;
import io.chancery.support.Browser;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.support.Escalations;
import io.chancery.support.Escalations.Registration;

/** A user sees how many notifications are unread on every page, opens the centre and marks them all read. */
@ChanceryIntegrationTest
class NotificationCentreBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	WebDriver browser;

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void unreadBadgeLeadsToTheCentreWhereAllAreMarkedRead() {
		Escalations escalations = new Escalations(context);
		long company = ApiClient.as(port, "staff@demo.chancery", "demo").companyId();
		Registration registration = escalations.newStaffWithPassport(company, null);
		escalations.publishAndAwait(escalations.event(registration.document(), EscalationLevel.WARNING, true, false, false, IN_APP));
		escalations.publishAndAwait(escalations.event(registration.document(), EscalationLevel.CRITICAL, true, false, false, IN_APP));

		browser = Browser.start();
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys(registration.staff().getEmail());
		browser.findElement(By.id("password")).sendKeys(Escalations.PASSWORD);
		browser.findElement(By.id("login")).click();

		assertThat(browser.findElement(By.id("unread-count")).getText()).isEqualTo("2");
		browser.findElement(By.id("nav-notifications")).click();
		assertThat(browser.findElements(By.cssSelector("#notifications li.unread"))).hasSize(2);
		assertThat(browser.findElement(By.cssSelector("#notifications li a")).getText())
			.startsWith("Passport " + registration.document().getNumber());

		browser.findElement(By.id("mark-all-read")).click();

		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).isEqualTo("2 notifications marked read.");
		browser.manage().timeouts().implicitlyWait(Duration.ZERO);
		assertThat(browser.findElements(By.id("unread-count"))).as("no badge").isEmpty();
		assertThat(browser.findElements(By.cssSelector("#notifications li.unread"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("#notifications li"))).hasSize(2);

		browser.findElement(By.linkText("E-mail settings")).click();
		assertThat(browser.findElement(By.id("email-CRITICAL")).isEnabled()).isFalse();
		assertThat(browser.findElement(By.id("email-CRITICAL")).isSelected()).isTrue();
	}

}
