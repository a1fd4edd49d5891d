package io.chancery.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.support.ApiClient;
import io.chancery.support.ApiClient.Response;
import io.chancery.support.ChanceryIntegrationTest;

@ChanceryIntegrationTest
class DocumentApiTests {

	@LocalServerPort
	int port;

	@Autowired
	DocumentService documents;

	@Autowired
	Clock clock;

	ApiClient staff;

	LocalDate today;

	long organisation;

	long employee;

	@BeforeEach
	void organisationWithAnEmployee() {
		staff = ApiClient.as(port, "staff@demo.chancery", "demo");
		organisation = staff.post("/api/v1/customers", Map.of("kind", "ORGANISATION", "name", "Docs Org " + UUID.randomUUID()))
			.json().get("id").asLong();
		employee = staff.post("/api/v1/customers/" + organisation + "/employees", Map.of("name", "Nadia Farouk"))
			.json().get("id").asLong();
		today = documents.today(staff.companyId());
	}

	@Test
	void passportWithPdfOpenedThroughSignedUrlThenRenewed() throws IOException {
		JsonNode passport = createPassport(employee, passportNumber(), today.minusYears(9), today.plusDays(5));
		long id = passport.get("id").asLong();
		assertThat(passport.get("status").asText()).isEqualTo("EXPIRING");
		assertThat(passport.get("customerId").asLong()).isEqualTo(organisation);
		assertThat(passport.get("daysLeft").asInt()).isEqualTo(5);

		byte[] pdf = samplePdf();
		Response uploaded = staff.upload("/api/v1/documents/" + id + "/files", "file", "passport.pdf", pdf);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		assertThat(uploaded.json().get("kind").asText()).isEqualTo("PDF");
		long fileId = uploaded.json().get("id").asLong();

		JsonNode url = staff.get("/api/v1/documents/" + id + "/files/" + fileId + "/url").json();
		assertThat(Duration.between(clock.instant(), Instant.parse(url.get("expiresAt").asText())))
			.isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5));
		var download = ApiClient.fetch(absolute(url.get("url").asText()));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);

		Response renewed = staff.post("/api/v1/documents/" + id + "/renewals", Map.of("number", passportNumber(),
				"issueDate", today.toString(), "expiryDate", today.plusYears(10).toString()));
		assertThat(renewed.status()).as(renewed.body()).isEqualTo(201);
		assertThat(renewed.json().get("status").asText()).isEqualTo("VALID");
		assertThat(renewed.json().get("previousId").asLong()).isEqualTo(id);
		assertThat(staff.get("/api/v1/documents/" + id).json().get("status").asText()).isEqualTo("SUPERSEDED");
		long renewedId = renewed.json().get("id").asLong();
		assertThat(staff.get("/api/v1/documents/" + renewedId + "/history").json().findValuesAsText("id"))
			.containsExactly(String.valueOf(id), String.valueOf(renewedId));
		assertThat(staff.get("/api/v1/documents/" + id + "/audit").json().findValuesAsText("action"))
			.contains("CREATED", "FILE_ADDED", "FILE_VIEWED", "RENEWED");
	}

	@Test
	void expiringWithinListsCurrentDocumentsDueInThatWindowOnly() {
		long soon = createPassport(employee, passportNumber(), today.minusYears(9), today.plusDays(7)).get("id").asLong();
		long later = createPassport(employee, passportNumber(), today.minusYears(9), today.plusDays(20)).get("id").asLong();
		long expired = createPassport(employee, passportNumber(), today.minusYears(10), today.minusDays(1)).get("id").asLong();

		List<String> within10 = staff.get("/api/v1/documents?expiringWithin=10&customerId=" + organisation + "&size=200")
			.json().get("items").findValuesAsText("id");

		assertThat(within10).contains(String.valueOf(soon)).doesNotContain(String.valueOf(later), String.valueOf(expired));
		assertThat(staff.get("/api/v1/documents?status=EXPIRED&customerId=" + organisation).json().get("items")
			.findValuesAsText("id")).containsExactly(String.valueOf(expired));
		assertThat(staff.get("/api/v1/documents?expiringWithin=-1").status()).isEqualTo(400);
		assertThat(staff.get("/api/v1/documents?status=NONSENSE").status()).isEqualTo(400);
	}

	@Test
	void invalidDocumentsAreRefusedNamingTheField() {
		assertField(post(Map.of("typeCode", "PASSPORT", "employeeId", employee, "number", "abc", "expiryDate",
				today.plusYears(1).toString())), "number");
		assertField(post(Map.of("typeCode", "PASSPORT", "employeeId", employee, "number", passportNumber(), "issueDate",
				today.toString(), "expiryDate", today.minusDays(1).toString())), "expiryDate");
		assertField(post(Map.of("typeCode", "PASSPORT", "employeeId", employee, "number", passportNumber())), "expiryDate");
		assertField(post(Map.of("typeCode", "BIRTH_SCROLL", "employeeId", employee, "number", "X1")), "typeCode");
		assertField(post(Map.of("typeCode", "EMIRATES_ID", "customerId", organisation, "number", "123", "expiryDate",
				today.plusYears(1).toString())), "number");
		assertThat(staff.get("/api/v1/documents?employeeId=" + employee).json().get("totalItems").asInt()).isZero();
	}

	@Test
	void aSecondCurrentDocumentWithTheSameTypeAndNumberIsAConflict() {
		String number = passportNumber();
		createPassport(employee, number, today.minusYears(1), today.plusYears(9));

		Response duplicate = post(Map.of("typeCode", "PASSPORT", "customerId", organisation, "number", number.toLowerCase(),
				"expiryDate", today.plusYears(5).toString()));

		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.json().get("detail").asText()).contains(number);
	}

	@Test
	void emiratesIdKeepsItsNumberWhenRenewedAndOnlyOneOfTwoConcurrentRenewalsWins() {
		String number = "784-1990-" + (1000000 + ThreadLocalRandom.current().nextInt(8999999)) + "-1";
		long id = post(Map.of("typeCode", "EMIRATES_ID", "employeeId", employee, "number", number, "expiryDate",
				today.plusDays(3).toString())).json().get("id").asLong();
		Map<String, Object> renewal = Map.of("number", number, "expiryDate", today.plusYears(2).toString());

		var first = CompletableFuture.supplyAsync(() -> staff.post("/api/v1/documents/" + id + "/renewals", renewal));
		var second = CompletableFuture.supplyAsync(() -> staff.post("/api/v1/documents/" + id + "/renewals", renewal));

		List<Integer> statuses = List.of(first.join().status(), second.join().status());
		assertThat(statuses).containsExactlyInAnyOrder(201, 409);
		assertThat(staff.get("/api/v1/documents?employeeId=" + employee + "&status=VALID").json().get("totalItems").asInt())
			.isEqualTo(1);
	}

	@Test
	void disguisedOrOversizedFilesAreRefusedAndNothingIsStored() {
		long id = createPassport(employee, passportNumber(), today, today.plusYears(10)).get("id").asLong();
		byte[] exe = new byte[4096];
		exe[0] = 'M';
		exe[1] = 'Z';
		byte[] elevenMegabytes = new byte[11 * 1024 * 1024];
		byte[] pdfHeader = "%PDF-1.7\n".getBytes();
		System.arraycopy(pdfHeader, 0, elevenMegabytes, 0, pdfHeader.length);

		Response disguised = staff.upload("/api/v1/documents/" + id + "/files", "file", "invoice.pdf", exe);
		Response oversized = staff.upload("/api/v1/documents/" + id + "/files", "file", "big.pdf", elevenMegabytes);
		Response empty = staff.upload("/api/v1/documents/" + id + "/files", "file", "empty.pdf", new byte[0]);

		assertThat(disguised.status()).isEqualTo(415);
		assertThat(disguised.isProblem()).isTrue();
		assertThat(oversized.status()).isEqualTo(413);
		assertThat(oversized.isProblem()).isTrue();
		assertThat(empty.status()).isEqualTo(400);
		assertThat(staff.get("/api/v1/documents/" + id + "/files").json().size()).isZero();
	}

	@Test
	void tamperedOrExpiredFileUrlsAreRefusedAndOtherCompaniesSeeNothing() throws IOException {
		long id = createPassport(employee, passportNumber(), today, today.plusYears(10)).get("id").asLong();
		long fileId = staff.upload("/api/v1/documents/" + id + "/files", "file", "p.pdf", samplePdf()).json().get("id").asLong();
		String url = absolute(staff.get("/api/v1/documents/" + id + "/files/" + fileId + "/url").json().get("url").asText());
		ApiClient malaysia = ApiClient.as(port, "staff@demo-my.chancery", "demo");

		assertThat(ApiClient.fetch(tamper(url)).statusCode()).isEqualTo(403);
		assertThat(malaysia.get("/api/v1/documents/" + id).status()).isEqualTo(404);
		assertThat(malaysia.get("/api/v1/documents/" + id + "/files").status()).isEqualTo(404);
		assertThat(malaysia.get("/api/v1/documents/" + id + "/files/" + fileId + "/url").status()).isEqualTo(404);
		assertThat(malaysia.upload("/api/v1/documents/" + id + "/files", "file", "x.pdf", samplePdf()).status()).isEqualTo(404);
		assertThat(malaysia.post("/api/v1/documents/" + id + "/renewals", Map.of("number", passportNumber(), "expiryDate",
				today.plusYears(3).toString())).status()).isEqualTo(404);

		ApiClient.as(port, "admin@demo.chancery", "demo").post("/api/v1/dev/clock", Map.of("advance", "PT6M"));
		assertThat(ApiClient.fetch(url).statusCode()).isEqualTo(403);
	}

	@Test
	void managersAddDocumentTypesStaffCannot() {
		String code = "PERMIT_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
		Map<String, Object> type = Map.of("code", code, "name", "Special permit", "numberPattern", "SP-[0-9]{4}",
				"numberHint", "SP-NNNN");

		assertThat(staff.post("/api/v1/document-types", type).status()).isEqualTo(403);
		Response created = ApiClient.as(port, "manager@demo.chancery", "demo").post("/api/v1/document-types", type);
		assertThat(created.status()).isEqualTo(201);
		assertField(post(Map.of("typeCode", code, "customerId", organisation, "number", "SP-12", "expiryDate",
				today.plusYears(1).toString())), "number");
		assertThat(post(Map.of("typeCode", code, "customerId", organisation, "number", "SP-1234", "expiryDate",
				today.plusYears(1).toString())).status()).isEqualTo(201);
		assertThat(ApiClient.as(port, "staff@demo-my.chancery", "demo").get("/api/v1/document-types").json()
			.findValuesAsText("code")).doesNotContain(code).contains("PASSPORT");
	}

	private JsonNode createPassport(long employeeId, String number, LocalDate issued, LocalDate expires) {
		Response created = post(Map.of("typeCode", "PASSPORT", "employeeId", employeeId, "number", number, "issueDate",
				issued.toString(), "expiryDate", expires.toString()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	private Response post(Map<String, Object> body) {
		return staff.post("/api/v1/documents", body);
	}

	private static void assertField(Response response, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().get("errors").findValuesAsText("field")).contains(field);
	}

	private static String passportNumber() {
		return "N" + (1000000 + ThreadLocalRandom.current().nextInt(8999999));
	}

	private String absolute(String url) {
		return URI.create("http://localhost:" + port).resolve(url).toString();
	}

	/** Changes one character of the signature (or the last character of the URL). */
	private static String tamper(String url) {
		char[] chars = url.toCharArray();
		int last = chars.length - 1;
		chars[last] = chars[last] == 'A' ? 'B' : 'A';
		return new String(chars);
	}

	private static byte[] samplePdf() throws IOException {
		try (InputStream in = DocumentApiTests.class.getResourceAsStream("/demo/sample-document.pdf")) {
			return in.readAllBytes();
		}
	}

}
