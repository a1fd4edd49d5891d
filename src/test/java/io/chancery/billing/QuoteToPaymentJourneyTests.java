package io.chancery.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.notifications.internal.OutboxDispatcher;
import io.chancery.support.ApiClient;
import io.chancery.support.Browser;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.support.EngineRecords;
import io.chancery.workflow.internal.EmbeddedZeebeEngine;

/**
 * The acceptance journey: staff write a quote with three lines and a discount in the browser, the
 * approval rules ask a manager, the customer approves through the link from the mailbox (which then
 * cannot be replayed), the process creates and issues the invoice with the next number and mails it
 * with its PDF, two partial payments make it PAID, and cancelling it then is refused.
 */
@ChanceryIntegrationTest
class QuoteToPaymentJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	OutboxDispatcher outbox;

	@Autowired
	EmbeddedZeebeEngine engine;

	@Autowired
	JdbcClient jdbc;

	WebDriver browser;

	@BeforeEach
	void startBrowser() {
		browser = Browser.start();
	}

	@AfterEach
	void closeBrowser() {
		browser.quit();
	}

	@Test
	void fromQuoteToPaidInvoice() {
		ApiClient staff = ApiClient.as(port, "staff@demo.chancery", "demo");
		ApiClient manager = ApiClient.as(port, "manager@demo.chancery", "demo");
		String customerEmail = "journey-" + UUID.randomUUID() + "@example.com";
		long customerId = BillingFixtures.customer(staff, customerEmail);

		long quoteId = writeQuoteInTheBrowser(customerId);
		JsonNode draft = staff.get("/api/v1/quotes/" + quoteId).json();
		assertThat(draft.get("lines")).hasSize(3);
		// 2 × 1,250.00 + 3 × 150.00 − 15 % (67.50) + 1 × 500.00 at 0 % = 3,382.50; VAT 5 % of 2,882.50 = 144.13
		assertThat(draft.get("total").decimalValue()).isEqualByComparingTo("3526.63");

		browser.findElement(By.id("send")).click();
		Browser.awaitText(browser, By.id("status"), "PENDING_APPROVAL");

		JsonNode approval = BillingSteps.awaitTask(manager, "quoteId", quoteId, "Approve the quote");
		assertThat(approval.at("/variables/approvalReason").asText()).isEqualTo("discount above 10 %");
		assertThat(BillingSteps.findTask(staff, "quoteId", quoteId, "Approve the quote")).as("managers only").isNull();
		BillingSteps.complete(manager, approval, Map.of("managerDecision", "APPROVE", "managerComment", "Fine"));

		JsonNode sent = BillingSteps.awaitQuote(staff, quoteId, "SENT");
		String quoteNumber = sent.get("number").asText();
		assertThat(quoteNumber).matches("QUO-\\d{4}-\\d{5}");
		List<JsonNode> quoteMails = BillingSteps.awaitMails(port, outbox, customerEmail, quoteNumber);
		assertThat(quoteMails).hasSize(1);
		assertThat(quoteMails.get(0).get("attachments").toString()).contains(".pdf");
		String link = BillingSteps.quoteLinkPath(quoteMails.get(0));

		approveAsTheCustomerAndTryAgain(link);

		JsonNode approved = BillingSteps.awaitQuote(staff, quoteId, "APPROVED");
		assertThat(approved.get("decidedByName").asText()).isEqualTo("Aisha Customer");
		JsonNode notices = staff.get("/api/v1/notifications?size=50").json().get("items");
		assertThat(notices.findValuesAsText("title")).contains("Quote " + quoteNumber + " approved");

		long quoteInstance = approval.get("processInstanceKey").asLong();
		await().atMost(Duration.ofSeconds(60)).until(() -> EngineRecords.reached(engine, quoteInstance, "invoiced"));
		long invoiceId = staff.get("/api/v1/quotes/" + quoteId).json().get("invoiceId").asLong();
		JsonNode invoice = await().atMost(Duration.ofSeconds(60))
			.until(() -> staff.get("/api/v1/invoices/" + invoiceId).json(), i -> i.get("status").asText().equals("SENT"));
		String invoiceNumber = invoice.get("number").asText();
		assertThat(invoiceNumber).matches("INV-\\d{4}-\\d{5}");
		assertThat(invoice.get("total").decimalValue()).isEqualByComparingTo("3526.63");
		assertThat(invoice.get("lines")).hasSize(3);

		JsonNode invoiceMail = BillingSteps.awaitMails(port, outbox, customerEmail, "Invoice " + invoiceNumber).get(0);
		assertThat(invoiceMail.get("attachments").toString()).contains("invoice-" + invoiceNumber + ".pdf");

		String today = LocalDate.now().toString();
		assertThat(staff.post("/api/v1/invoices/" + invoiceId + "/payments",
				Map.of("amount", "2000.00", "date", today, "method", "BANK_TRANSFER")).status()).isEqualTo(201);
		assertThat(staff.get("/api/v1/invoices/" + invoiceId).json().get("status").asText()).isEqualTo("SENT");
		assertThat(staff.post("/api/v1/invoices/" + invoiceId + "/payments",
				Map.of("amount", "1526.63", "date", today, "method", "CARD")).status()).isEqualTo(201);
		assertThat(staff.get("/api/v1/invoices/" + invoiceId).json().get("status").asText()).isEqualTo("PAID");

		long invoiceInstance = BillingSteps.instanceWith(engine, "invoice-issue-and-payment", "invoiceId", invoiceId);
		await().atMost(Duration.ofSeconds(60)).until(() -> EngineRecords.reached(engine, invoiceInstance, "paid"));
		assertThat(staff.post("/api/v1/invoices/" + invoiceId + "/cancel", Map.of("reason", "late")).status()).isEqualTo(409);

		// the company's audit log: the customer's decision through the link (the replay left nothing), the
		// processes' own steps, and staff for the rest
		assertThat(auditTrail("QUOTE", quoteId)).containsExactly("CREATED by USER staff@demo.chancery",
				"PENDING_APPROVAL by USER staff@demo.chancery", "SENT by SYSTEM quote approval process",
				"APPROVED by CUSTOMER customer via link (customer: Aisha Customer)");
		assertThat(auditTrail("INVOICE", invoiceId)).containsExactly("CREATED by SYSTEM quote approval process",
				"SENT by SYSTEM invoice process", "PAYMENT_RECORDED by USER staff@demo.chancery",
				"PAYMENT_RECORDED by USER staff@demo.chancery", "PAID by USER staff@demo.chancery");
	}

	private List<String> auditTrail(String entityType, long id) {
		return jdbc.sql("select action, actor_kind, actor_name from audit_entry where entity_type = ? and entity_id = ? order by id")
			.params(entityType, id)
			.query((row, n) -> row.getString(1) + " by " + row.getString(2) + " " + row.getString(3))
			.list();
	}

	/** Three lines, adding lines as a person does; what was typed survives each add and remove. */
	private long writeQuoteInTheBrowser(long customerId) {
		Browser.logIn(browser, port, "staff@demo.chancery", "demo");
		browser.findElement(By.id("nav-quotes")).click();
		browser.findElement(By.id("new-quote")).click();
		new Select(browser.findElement(By.id("customerId"))).selectByValue(String.valueOf(customerId));
		browser.findElement(By.id("terms")).sendKeys("Payment within 30 days.");
		new Select(browser.findElement(By.id("lines0.serviceId"))).selectByVisibleText("Residence visa renewal — 1,250.00");
		browser.findElement(By.id("lines0.quantity")).sendKeys("2");
		reload(By.id("add-line"));
		browser.findElement(By.id("lines1.description")).sendKeys("PRO services");
		browser.findElement(By.id("lines1.quantity")).sendKeys("3");
		browser.findElement(By.id("lines1.unitPrice")).sendKeys("150.00");
		browser.findElement(By.id("lines1.discountPercent")).sendKeys("15");
		new Select(browser.findElement(By.id("lines1.taxRate"))).selectByVisibleText("VAT 5 %");
		reload(By.id("add-line"));
		reload(By.id("add-line"));
		reload(By.id("remove-line-3"));
		assertThat(browser.findElement(By.id("lines0.quantity")).getAttribute("value")).isEqualTo("2");
		assertThat(browser.findElement(By.id("lines1.discountPercent")).getAttribute("value")).isEqualTo("15");
		assertThat(browser.findElements(By.cssSelector(".line"))).hasSize(3);
		browser.findElement(By.id("lines2.description")).sendKeys("Government fee");
		browser.findElement(By.id("lines2.quantity")).sendKeys("1");
		browser.findElement(By.id("lines2.unitPrice")).sendKeys("500.00");
		new Select(browser.findElement(By.id("lines2.taxRate"))).selectByVisibleText("Zero-rated");
		browser.findElement(By.id("save")).click();
		Browser.awaitText(browser, By.id("status"), "DRAFT");
		String path = java.net.URI.create(browser.getCurrentUrl()).getPath();
		return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
	}

	/**
	 * Opens the link in two tabs (as a customer who clicked it twice), approves in one, then submits
	 * the other: the replay is refused and the page shows the decision already taken.
	 */
	private void approveAsTheCustomerAndTryAgain(String link) {
		browser.manage().deleteAllCookies();
		browser.get(url(link));
		assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("AED 3,526.63");
		assertThat(browser.findElement(By.id("terms")).getText()).isEqualTo("Payment within 30 days.");
		String first = browser.getWindowHandle();
		browser.switchTo().newWindow(WindowType.TAB);
		browser.get(url(link));
		String second = browser.getWindowHandle();

		browser.switchTo().window(first);
		browser.findElement(By.id("name")).sendKeys("Aisha Customer");
		browser.findElement(By.id("approve")).click();
		assertThat(browser.findElement(By.id("decision")).getText()).contains("Approved by Aisha Customer");

		browser.switchTo().window(second);
		browser.findElement(By.id("reason")).sendKeys("Changed my mind");
		browser.findElement(By.id("reject")).click();
		assertThat(browser.findElement(By.id("decision")).getText()).contains("Approved by Aisha Customer");
		assertThat(browser.getPageSource()).contains("cannot be used again");

		browser.get(url(link.substring(0, link.length() - 2) + (link.endsWith("xx") ? "yy" : "xx")));
		assertThat(browser.findElement(By.id("problem")).getText()).contains("not valid");
	}

	/** Clicks a button that posts the page and waits for the page that answers. */
	private void reload(By button) {
		var element = browser.findElement(button);
		element.click();
		new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(element));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
