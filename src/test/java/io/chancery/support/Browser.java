package io.chancery.support;

import java.io.File;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the operating system (Debian's chromium and chromium-driver), never a
 * browser downloaded by a test tool. CHROMIUM_BIN and CHROMEDRIVER_BIN override the paths.
 */
public final class Browser {

	private Browser() {
	}

	public static WebDriver start() {
		File chromium = executable("CHROMIUM_BIN", "/usr/bin/chromium");
		File chromedriver = executable("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-dev-shm-usage", "--no-first-run", "--disable-sync",
				// Bootstrap scrolls smoothly unless motion is reduced; a click during that scroll misses.
				"--force-prefers-reduced-motion",
				"--window-size=1280,900");
		// the console, so that tests can see what the Content-Security-Policy refused
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return driver;
	}

	/** Submits the login form and waits until the browser has left that page (or shows why not). */
	public static void logIn(WebDriver browser, String email, String password) {
		WebElement submit = browser.findElement(By.id("login"));
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(password);
		submit.click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(submit));
	}

	/** Opens the login page and logs in, as a person does. */
	public static void logIn(WebDriver browser, int port, String email, String password) {
		browser.get("http://localhost:" + port + "/login");
		logIn(browser, email, password);
	}

	private static File executable(String variable, String fallback) {
		String path = System.getenv(variable) != null ? System.getenv(variable) : fallback;
		File file = new File(path);
		if (!file.canExecute()) {
			throw new IllegalStateException("Browser tests need " + path + " (install Debian's chromium and "
					+ "chromium-driver, or set " + variable + ")");
		}
		return file;
	}

	/**
	 * Waits until the element shows the text. After a click that posts a form the old page may still be
	 * there: reading it at once fails with a stale element or reads the old text.
	 */
	public static void awaitText(WebDriver browser, By element, String text) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(element, text));
	}

}
