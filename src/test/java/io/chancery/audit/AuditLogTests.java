package io.chancery.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.einvoice.EInvoiceSettingsApiTests;
import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.tenancy.CompanyService;
import io.chancery.tenancy.Role;
import io.chancery.tenancy.UserAccountService;

/**
 * The company-wide audit log over the running app: each kind of change leaves exactly one entry naming
 * who did it; the table refuses UPDATE and DELETE; only admins read it, each their own company's.
 */
@ChanceryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditLogTests {

	static final String PASSWORD = "audit-password-1";

	static final ZoneId DUBAI = ZoneId.of("Asia/Dubai");

	@LocalServerPort
	int port;

	@Autowired
	CompanyService companies;

	@Autowired
	UserAccountService users;

	@Autowired
	JdbcClient jdbc;

	/** The application clock: other tests move it with the dev clock. */
	@Autowired
	Clock clock;

	long companyA;

	long companyB;

	String tag;

	@BeforeAll
	void twoCompanies() {
		tag = UUID.randomUUID().toString().substring(0, 8);
		companyA = company("A");
		companyB = company("B");
	}

	@Test
	void eachChangeToMoneyOrDocumentsIsOneEntryNamingWhoMadeIt() throws Exception {
		ApiClient staff = ApiClient.as(port, email("A", "staff"), PASSWORD);
		ApiClient manager = ApiClient.as(port, email("A", "manager"), PASSWORD);
		long staffId = userId("A", "staff");
		long managerId = userId("A", "manager");
		long customerId = created(staff.post("/api/v1/customers", Map.of("kind", "ORGANISATION", "name",
				"Audit customer " + tag, "email", "audit-" + tag + "@customer.test")));

		long document = created(staff.post("/api/v1/documents", Map.of("typeCode", "PASSPORT", "customerId", customerId,
				"number", "N" + (1000000 + ThreadLocalRandom.current().nextInt(8999999)), "expiryDate",
				today().plusYears(5).toString())));
		assertThat(staff.put("/api/v1/documents/" + document, Map.of("typeCode", "PASSPORT", "customerId", customerId,
				"number", "N" + (1000000 + ThreadLocalRandom.current().nextInt(8999999)), "expiryDate",
				today().plusYears(6).toString())).status()).isEqualTo(200);
		long file;
		try (InputStream pdf = getClass().getResourceAsStream("/demo/sample-document.pdf")) {
			file = created(staff.upload("/api/v1/documents/" + document + "/files", "file", "passport.pdf", pdf.readAllBytes()));
		}
		assertThat(manager.get("/api/v1/documents/" + document + "/files/" + file + "/url").status()).isEqualTo(200);
		assertOneEntry("DOCUMENT", document, "CREATED", staffId);
		assertOneEntry("DOCUMENT", document, "UPDATED", staffId);
		assertOneEntry("DOCUMENT", document, "FILE_ADDED", staffId);
		assertOneEntry("DOCUMENT", document, "FILE_VIEWED", managerId);

		long invoice = created(staff.post("/api/v1/invoices", Map.of("customerId", customerId, "lines",
				List.of(line("Visa processing", "2", "100.00")))));
		assertThat(staff.put("/api/v1/invoices/" + invoice, Map.of("customerId", customerId, "lines",
				List.of(line("Visa processing", "1", "100.00")))).status()).isEqualTo(200);
		assertThat(staff.post("/api/v1/invoices/" + invoice + "/issue", "").status()).isEqualTo(200);
		assertThat(staff.post("/api/v1/invoices/" + invoice + "/expenses", Map.of("description", "Courier", "amount",
				"12.00")).status()).isEqualTo(201);
		assertThat(staff.post("/api/v1/invoices/" + invoice + "/payments", Map.of("amount", "105.00", "date",
				today().minusDays(1).toString(), "method", "BANK_TRANSFER", "reference", "T-" + tag)).status())
			.isEqualTo(201);
		assertOneEntry("INVOICE", invoice, "CREATED", staffId);
		assertOneEntry("INVOICE", invoice, "UPDATED", staffId);
		assertOneEntry("INVOICE", invoice, "SENT", staffId);
		assertOneEntry("INVOICE", invoice, "EXPENSE_ADDED", staffId);
		Map<String, Object> payment = assertOneEntry("INVOICE", invoice, "PAYMENT_RECORDED", staffId);
		assertThat(payment.get("details").toString()).contains("\"amount\":105.00").contains("T-" + tag);
		assertOneEntry("INVOICE", invoice, "PAID", staffId);

		long supplier = created(staff.post("/api/v1/suppliers", Map.of("name", "Audit supplier " + tag, "paymentTermsDays", 30)));
		long order = created(staff.post("/api/v1/purchase-orders", Map.of("supplierId", supplier, "expectedDeliveryDate",
				today().plusDays(60).toString(), "lines", List.of(Map.of("description", "Calibration weight 1 kg",
						"itemCategory", "GOODS", "quantity", 4, "unit", "pcs", "unitPrice", "12.50", "taxRate", 5)))));
		assertThat(manager.post("/api/v1/purchase-orders/" + order + "/approve", "").status()).isEqualTo(200);
		assertOneEntry("PURCHASE_ORDER", order, "CREATED", staffId);
		assertOneEntry("PURCHASE_ORDER", order, "APPROVED", managerId);

		long equipment = created(manager.post("/api/v1/equipment", Map.of("category", "WEIGHTS", "serialNumber",
				"SN-" + tag, "description", "Audit weight set", "dailyRate", "20.00", "deposit", "100.00", "calibrationDue",
				today().plusYears(1).toString())));
		long rental = created(staff.post("/api/v1/rentals", Map.of("customerId", customerId, "equipmentIds",
				List.of(equipment), "startDate", today().toString(), "dueDate",
				today().plusDays(7).toString(), "deliveryAddress", "Unit 4, Shah Alam")));
		assertThat(staff.post("/api/v1/rentals/" + rental + "/check-out", Map.of()).status()).isEqualTo(200);
		assertOneEntry("RENTAL", rental, "RESERVED", staffId);
		assertOneEntry("RENTAL", rental, "CHECKED_OUT", staffId);

		ApiClient admin = ApiClient.as(port, email("A", "admin"), PASSWORD);
		String secret = "audit-secret-" + tag;
		assertThat(admin.put("/api/v1/einvoice/settings", eInvoiceSettings(secret)).status()).isEqualTo(200);
		Map<String, Object> settings = assertOneEntry("EINVOICE_SETTINGS", companyA, "UPDATED", userId("A", "admin"));
		assertThat(settings.toString()).as("never the secret").doesNotContain(secret).contains("clientSecretChanged");

		String newPassword = "new-user-password-" + tag;
		long newUser = created(admin.post("/api/v1/users", Map.of("email", "new-" + tag + "@audit.test", "fullName",
				"New Person", "password", newPassword, "roles", List.of("STAFF"))));
		Map<String, Object> userCreated = assertOneEntry("USER", newUser, "CREATED", userId("A", "admin"));
		assertThat(userCreated.toString()).as("never the password").doesNotContain(newPassword).contains("STAFF");
	}

	@Test
	void signInsFailuresLockedAccountsAndSignOutsAreEntries() {
		String email = "login-" + tag + "@audit.test";
		long staffId = users.create(companyA, email, "Logs In", PASSWORD, Set.of(Role.STAFF)).getId();
		FormSession browser = new FormSession(port);

		assertThat(browser.login(email, "wrong-password").headers().firstValue("Location").orElseThrow()).contains("error");
		assertThat(browser.login(email, PASSWORD).headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		assertThat(browser.logout().headers().firstValue("Location").orElseThrow()).contains("logout");

		Map<String, Object> failed = assertOneEntry("USER", staffId, "LOGIN_FAILED", null);
		assertThat(failed).containsEntry("actor_kind", "ANONYMOUS").containsEntry("actor_name", email)
			.containsEntry("source_ip", "127.0.0.1");
		assertThat(failed.toString()).doesNotContain("wrong-password");
		assertThat(assertOneEntry("USER", staffId, "LOGIN_SUCCEEDED", staffId)).containsEntry("source_ip", "127.0.0.1");
		assertOneEntry("USER", staffId, "LOGGED_OUT", staffId);

		String lockedEmail = "locked-" + tag + "@audit.test";
		long locked = users.create(companyA, lockedEmail, "Locked Out", PASSWORD, Set.of(Role.STAFF)).getId();
		// as the lockout after repeated failures leaves it
		jdbc.sql("update app_user set locked = true where id = ?").param(locked).update();
		assertThat(new FormSession(port).login(lockedEmail, PASSWORD).headers().firstValue("Location").orElseThrow())
			.contains("error");
		assertOneEntry("USER", locked, "LOGIN_LOCKED", null);

		String nobody = "nobody-" + tag + "@audit.test";
		new FormSession(port).login(nobody, PASSWORD);
		assertThat(jdbc.sql("select company_id from audit_entry where actor_name = ? and action = 'LOGIN_FAILED'")
			.param(nobody).query().listOfRows()).as("an e-mail no company knows: logged, shown to nobody")
			.singleElement().satisfies(row -> assertThat(row.get("company_id")).isNull());
	}

	@Test
	void theTableRefusesUpdateDeleteAndTruncateOnPostgresql() {
		new FormSession(port).login(email("A", "admin"), PASSWORD);
		long id = jdbc.sql("select max(id) from audit_entry where company_id = ?").param(companyA).query(Long.class).single();

		assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor_name = 'someone else' where id = ?").param(id).update())
			.rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = ?").param(id).update())
			.rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update()).rootCause().hasMessageContaining("append-only");
		assertThat(jdbc.sql("select count(*) from audit_entry where id = ?").param(id).query(Long.class).single()).isOne();
	}

	@Test
	void onlyAdminsReadTheLogAndExportIt() throws Exception {
		for (String role : List.of("staff", "manager", "analyst")) {
			ApiClient user = ApiClient.as(port, email("A", role), PASSWORD);
			assertThat(user.get("/api/v1/audit").status()).as(role).isEqualTo(403);
			assertThat(user.get("/api/v1/exports/audit.xlsx").status()).as(role).isEqualTo(403);
			assertThat(user.post("/api/v1/exports/audit", "").status()).as(role).isEqualTo(403);
		}
		FormSession analystBrowser = new FormSession(port);
		analystBrowser.login(email("A", "analyst"), PASSWORD);
		assertThat(analystBrowser.get("/admin/audit").statusCode()).isEqualTo(403);
		assertThat(analystBrowser.get("/exports").body()).as("not offered").contains("Invoices").doesNotContain("Audit log");

		var backwards = ApiClient.as(port, email("A", "admin"), PASSWORD).get("/api/v1/audit?from=2026-02-01&to=2026-01-01");
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.contentType()).contains("application/problem+json");

		FormSession adminBrowser = new FormSession(port);
		adminBrowser.login(email("A", "admin"), PASSWORD);
		HttpResponse<String> page = adminBrowser.get("/admin/audit?action=LOGIN_SUCCEEDED&actor=" + "admin-a-" + tag);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<span>" + email("A", "admin") + "</span>");
	}

	@Test
	void anAdminSeesOnlyTheirCompanysEntries() {
		ApiClient staffA = ApiClient.as(port, email("A", "staff"), PASSWORD);
		long customerA = created(staffA.post("/api/v1/customers", Map.of("kind", "ORGANISATION", "name", "Only A " + tag)));
		long invoiceA = created(staffA.post("/api/v1/invoices", Map.of("customerId", customerA, "lines",
				List.of(line("Only for A", "1", "10.00")))));
		new FormSession(port).login(email("B", "admin"), PASSWORD);

		JsonNode seenByA = ApiClient.as(port, email("A", "admin"), PASSWORD)
			.get("/api/v1/audit?entityType=INVOICE&action=CREATED&size=200").json();
		JsonNode seenByB = ApiClient.as(port, email("B", "admin"), PASSWORD).get("/api/v1/audit?size=200").json();

		assertThat(seenByA.get("items").findValuesAsText("entityId")).contains(String.valueOf(invoiceA));
		assertThat(seenByB.get("totalItems").asLong()).isPositive();
		assertThat(seenByB.get("items").findValuesAsText("actorName")).contains(email("B", "admin"));
		// B's own users being created and B's admin signing in
		assertThat(seenByB.get("items").findValuesAsText("summary")).allMatch(summary -> summary.contains("-b-" + tag));
		assertThat(seenByB.toString()).doesNotContain("-a-" + tag).doesNotContain("Only for A");
	}

	@Test
	void theExcelExportOpensWithPoiAndHoldsTheCompanysEntries() throws Exception {
		new FormSession(port).login(email("A", "manager"), PASSWORD);
		LocalDate today = today();

		Path file = Files.createTempFile("audit-export", ".xlsx");
		file.toFile().deleteOnExit();
		HttpResponse<Path> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/exports/audit.xlsx?from=" + today.minusDays(1)
				+ "&to=" + today.plusDays(1)))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((email("A", "admin") + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.GET().build(), HttpResponse.BodyHandlers.ofFile(file));

		assertThat(response.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
			Sheet sheet = workbook.getSheet("Audit log");
			DataFormatter text = new DataFormatter();
			List<String> header = new ArrayList<>();
			sheet.getRow(0).forEach(cell -> header.add(text.formatCellValue(cell)));
			assertThat(header).containsSubsequence("Time", "Actor kind", "Actor", "Action", "Entity");
			List<String> logins = new ArrayList<>();
			for (Row row : sheet) {
				if (text.formatCellValue(row.getCell(3)).equals("LOGIN_SUCCEEDED")) {
					logins.add(text.formatCellValue(row.getCell(2)));
				}
			}
			assertThat(logins).contains(email("A", "manager")).noneMatch(actor -> actor.contains("-b-" + tag));
		}
	}

	private long company(String letter) {
		long id = companies.ensureExists("Audit " + letter + " " + tag, null, "AE", "AED", DUBAI).getId();
		users.create(id, email(letter, "admin"), "Admin " + letter, PASSWORD, Set.of(Role.ADMIN));
		users.create(id, email(letter, "manager"), "Manager " + letter, PASSWORD, Set.of(Role.MANAGER));
		users.create(id, email(letter, "staff"), "Staff " + letter, PASSWORD, Set.of(Role.STAFF));
		users.create(id, email(letter, "analyst"), "Analyst " + letter, PASSWORD, Set.of(Role.ANALYST));
		// document types come with the company-created event, after its commit
		await().atMost(Duration.ofSeconds(60)).until(() -> jdbc
			.sql("select count(*) from document_type where company_id = ? and code = 'PASSPORT'").param(id)
			.query(Long.class).single() == 1);
		return id;
	}

	/** The companies' day (Dubai) by the application clock. */
	private LocalDate today() {
		return LocalDate.now(clock.withZone(DUBAI));
	}

	private String email(String letter, String role) {
		return role + "-" + letter.toLowerCase() + "-" + tag + "@audit.test";
	}

	private long userId(String letter, String role) {
		return users.accountFor(email(letter, role)).orElseThrow().getId();
	}

	/**
	 * The one entry of this kind for the entity, checked to name the user ({@code null}: not a signed-in
	 * user), with a source address as the change came over HTTP.
	 */
	private Map<String, Object> assertOneEntry(String entityType, long entityId, String action, Long actorUserId) {
		List<Map<String, Object>> entries = jdbc.sql("""
				select * from audit_entry where entity_type = ? and entity_id = ? and action = ?""")
			.params(entityType, entityId, action).query().listOfRows();
		assertThat(entries).as("%s %s %s", entityType, entityId, action).hasSize(1);
		Map<String, Object> entry = new HashMap<>(entries.get(0));
		assertThat(entry.get("actor_user_id") == null ? null : ((Number) entry.get("actor_user_id")).longValue())
			.as("actor of %s %s", entityType, action).isEqualTo(actorUserId);
		if (actorUserId != null) {
			assertThat(entry).containsEntry("actor_kind", "USER");
		}
		assertThat(entry.get("source_ip")).as("source of %s %s", entityType, action).isNotNull();
		return entry;
	}

	private static long created(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	private static Map<String, Object> line(String description, String quantity, String unitPrice) {
		return Map.of("description", description, "quantity", quantity, "unitPrice", unitPrice, "taxRate", "5");
	}

	private static Map<String, Object> eInvoiceSettings(String secret) {
		Map<String, Object> body = EInvoiceSettingsApiTests.settings();
		body.put("clientSecret", secret);
		return body;
	}

}
