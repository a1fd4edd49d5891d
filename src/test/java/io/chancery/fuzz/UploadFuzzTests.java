package io.chancery.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.chancery.support.ApiClient;
import io.chancery.support.ApiClient.Response;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.support.SampleFiles;

/**
 * Every upload endpoint refuses disguised, cut-short and bomb files with a clear 4xx problem, and
 * keeps nothing: document files, company logos and expense receipts. (Signature PNGs are checked in
 * SignaturePngTests, before the signing page stores anything.)
 */
@ChanceryIntegrationTest
class UploadFuzzTests {

	static final Map<String, byte[]> HOSTILE_FILES = hostileFiles();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void documentFilesRefuseEveryHostileFileAndKeepNothing() {
		ApiClient staff = ApiClient.as(port, "staff@demo.chancery", "demo");
		long documentId = jdbc.sql("select min(id) from document where company_id = ?").param(staff.companyId())
			.query(Long.class).single();
		int filesBefore = staff.get("/api/v1/documents/" + documentId + "/files").json().size();
		SoftAssertions softly = new SoftAssertions();

		HOSTILE_FILES.forEach((name, content) -> refused(softly, name, staff.multipartFile("POST",
				"/api/v1/documents/" + documentId + "/files", "file", name, "application/pdf", content)));

		softly.assertThat(staff.get("/api/v1/documents/" + documentId + "/files").json().size()).isEqualTo(filesBefore);
		softly.assertAll();
	}

	@Test
	void theLogoRefusesEveryHostileFileAndStaysAsItWas() {
		ApiClient admin = ApiClient.as(port, "admin@demo-my.chancery", "demo");
		String logoBefore = admin.get("/api/v1/company").json().path("logoUrl").asText();
		SoftAssertions softly = new SoftAssertions();

		HOSTILE_FILES.forEach((name, content) -> refused(softly, name,
				admin.multipartFile("PUT", "/api/v1/company/logo", "file", name, "image/png", content)));

		softly.assertThat(admin.get("/api/v1/company").json().path("logoUrl").asText()).isEqualTo(logoBefore);
		softly.assertAll();
	}

	@Test
	void expenseReceiptsRefuseEveryHostileFileAndNoExpenseIsRecorded() {
		ApiClient staff = ApiClient.as(port, "staff@demo.chancery", "demo");
		long invoiceId = jdbc.sql("select min(id) from invoice where company_id = ?").param(staff.companyId())
			.query(Long.class).single();
		long expensesBefore = expenses(invoiceId);
		SoftAssertions softly = new SoftAssertions();

		// an empty receipt part means "no receipt" (the part is optional), so it is left out here
		HOSTILE_FILES.entrySet().stream().filter(file -> file.getValue().length > 0).forEach(file -> {
			String name = file.getKey();
			byte[] content = file.getValue();
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("description", "Courier " + UUID.randomUUID());
			fields.put("amount", "12.50");
			Multipart body = Multipart.of(fields, "receipt", name, content);
			refused(softly, name, staff.send("POST", "/api/v1/invoices/" + invoiceId + "/expenses", body.contentType(), body.bytes()));
		});

		softly.assertThat(expenses(invoiceId)).isEqualTo(expensesBefore);
		softly.assertAll();
	}

	private static void refused(SoftAssertions softly, String name, Response response) {
		softly.assertThat(response.status()).as("%s: %s", name, response.body()).isIn(400, 413, 415);
		softly.assertThat(response.isProblem()).as("%s answers with problem details", name).isTrue();
		softly.assertThat(response.body()).as("%s says what is wrong", name).contains("\"detail\"");
	}

	private long expenses(long invoiceId) {
		return jdbc.sql("select count(*) from expense where invoice_id = ?").param(invoiceId).query(Long.class).single();
	}

	private static Map<String, byte[]> hostileFiles() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("empty.pdf", new byte[0]);
		files.put("program.pdf", Arrays.copyOf("MZ\u0090\u0000\u0003".getBytes(StandardCharsets.ISO_8859_1), 4096));
		files.put("page.png", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
		files.put("cut-short.pdf", SampleFiles.truncated(SampleFiles.pdf(), 0.5));
		files.put("cut-short.png", SampleFiles.truncated(SampleFiles.png(400, 300), 0.6));
		files.put("signature-only.png", Arrays.copyOf(SampleFiles.png(1, 1), 8 + 2048));
		files.put("bomb.png", SampleFiles.pngDeclaring(200_000, 200_000));
		files.put("bomb.jpg", SampleFiles.jpegDeclaring(65_000, 65_000));
		return files;
	}

	/** A multipart/form-data body with text fields and one file part, as a browser form sends it. */
	record Multipart(String contentType, byte[] bytes) {

		static Multipart of(Map<String, String> fields, String fileField, String fileName, byte[] content) {
			String boundary = "fuzz-" + UUID.randomUUID();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			fields.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
					+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
			out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
					+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			out.writeBytes(content);
			out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return new Multipart("multipart/form-data; boundary=" + boundary, out.toByteArray());
		}

	}

}
