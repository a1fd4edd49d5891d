package io.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.chancery.support.Browser;
import io.chancery.support.ChanceryIntegrationTest;

/** An admin gives the company a logo, which then shows in the navbar of every page. */
@ChanceryIntegrationTest
class CompanyLogoBrowserTests {

	@LocalServerPort
	int port;

	@TempDir
	Path files;

	WebDriver browser;

	@BeforeEach
	void openBrowser() {
		browser = Browser.start();
		Browser.logIn(browser, port, "admin@demo.chancery", "demo");
	}

	@AfterEach
	void closeBrowser() {
		browser.quit();
	}

	@Test
	void adminUploadsAPngLogoAndSeesItInTheNavbar() throws Exception {
		Path logo = files.resolve("logo.png");
		BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(0, 0, 120, 40);
		graphics.dispose();
		ImageIO.write(image, "png", logo.toFile());

		browser.findElement(By.linkText("Company")).click();
		assertThat(browser.findElement(By.id("company-name")).getText()).isEqualTo("Demo Services FZ-LLC");
		browser.findElement(By.id("logo")).sendKeys(logo.toString());
		browser.findElement(By.id("upload-logo")).click();

		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("Logo saved");
		WebElement navbarLogo = browser.findElement(By.cssSelector(".navbar-brand img#company-logo"));
		String src = navbarLogo.getDomProperty("src");
		HttpResponse<byte[]> served = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(src)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.body()).isEqualTo(Files.readAllBytes(logo));
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(((JavascriptExecutor) browser)
				.executeScript("return arguments[0].complete && arguments[0].naturalWidth", navbarLogo))
				.as("the browser shows the image")
				.isEqualTo(120L));

		browser.findElement(By.linkText("Tasks")).click();
		assertThat(browser.findElement(By.id("company-logo")).getDomProperty("src")).as("on every page").isEqualTo(src);
	}

	@Test
	void aFileThatIsNotAnImageIsRefusedOnThePage() throws Exception {
		Path notAnImage = Files.writeString(files.resolve("logo.png"), "<html>not a picture</html>");
		browser.get("http://localhost:" + port + "/admin/company");

		browser.findElement(By.id("logo")).sendKeys(notAnImage.toString());
		browser.findElement(By.id("upload-logo")).click();

		assertThat(browser.findElement(By.cssSelector(".alert-danger")).getText())
			.isEqualTo("Only JPEG, PNG files are accepted; this file looks like something else");
		assertThat(browser.findElement(By.id("logo")).isDisplayed()).isTrue();
	}

}
