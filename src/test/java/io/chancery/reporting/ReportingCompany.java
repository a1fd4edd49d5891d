package io.chancery.reporting;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.chancery.support.ApiClient;
import io.chancery.tenancy.CompanyService;
import io.chancery.tenancy.Role;
import io.chancery.tenancy.UserAccountService;

/**
 * A company of its own for a reporting test, so that every count a test expects is over rows it
 * made: an analyst, a staff member, one customer, and the document types every company gets.
 */
record ReportingCompany(long id, String analyst, String staff, long customerId, long passportTypeId, String tag) {

	static final String PASSWORD = "reporting-password-1";

	static ReportingCompany create(CompanyService companies, UserAccountService users, JdbcClient jdbc, int port) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long id = companies.ensureExists("Reporting " + tag, null, "AE", "AED", ZoneId.of("Asia/Dubai")).getId();
		String analyst = "analyst-" + tag + "@reporting.test";
		String staff = "staff-" + tag + "@reporting.test";
		users.create(id, analyst, "Ana Lyst " + tag, PASSWORD, Set.of(Role.ANALYST));
		users.create(id, staff, "Sam Staff " + tag, PASSWORD, Set.of(Role.STAFF));
		long customer = ApiClient.as(port, staff, PASSWORD)
			.post("/api/v1/customers", java.util.Map.of("kind", "ORGANISATION", "name", "Customer " + tag))
			.json().get("id").asLong();
		// document types are added when the company-created event is handled
		long passport = await().atMost(Duration.ofSeconds(60)).until(() -> jdbc
			.sql("select id from document_type where company_id = ? and code = 'PASSPORT'").param(id)
			.query(Long.class).optional().orElse(null), found -> found != null);
		return new ReportingCompany(id, analyst, staff, customer, passport, tag);
	}

	ApiClient asAnalyst(int port) {
		return ApiClient.as(port, analyst, PASSWORD);
	}

	ApiClient asStaff(int port) {
		return ApiClient.as(port, staff, PASSWORD);
	}

	/** A binary download (an .xlsx) as the given user, saved to a temporary file. */
	static HttpResponse<Path> download(int port, String email, String path) throws Exception {
		Path file = Files.createTempFile("reporting-test", ".xlsx");
		file.toFile().deleteOnExit();
		String basic = Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofFile(file));
	}

}
