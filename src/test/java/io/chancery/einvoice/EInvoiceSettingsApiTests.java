package io.chancery.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.support.ApiClient;
import io.chancery.support.ApiClient.Response;
import io.chancery.support.ChanceryIntegrationTest;

/**
 * The company's e-invoice settings API, on the Dubai demo company (the Malaysian one keeps its demo
 * settings for the submission tests).
 */
@ChanceryIntegrationTest
public class EInvoiceSettingsApiTests {

	static final String SECRET = "client-secret-that-must-never-come-back";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	/** The application clock: other tests move it with the dev clock. */
	@Autowired
	Clock clock;

	ApiClient admin() {
		return ApiClient.as(port, "admin@demo.chancery", "demo");
	}

	/** Complete settings of a Malaysian company (a new map each time, for callers to change). */
	public static Map<String, Object> settings() {
		Map<String, Object> body = new HashMap<>();
		body.put("tin", "c25845632020");
		body.put("idType", "BRN");
		body.put("idValue", "202001234567");
		body.put("sstNumber", "W10-1808-32000001");
		body.put("tourismTaxNumber", "NA");
		body.put("msicCode", "77309");
		body.put("businessActivity", "Renting of test weights");
		body.put("address", Map.of("line1", "Lot 66", "city", "Shah Alam", "postcode", "40150", "stateCode", "10",
				"countryCode", "mys"));
		body.put("phone", "+60355123456");
		body.put("email", "einvoice@chancery.test");
		body.put("clientId", "client-of-the-dubai-test");
		body.put("clientSecret", SECRET);
		body.put("environment", "SANDBOX");
		return body;
	}

	@Test
	void anAdminSavesTheSettingsAndTheSecretIsStoredEncryptedAndNeverReturned() {
		Response saved = admin().put("/api/v1/einvoice/settings", settings());

		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.body()).doesNotContain(SECRET);
		JsonNode read = admin().get("/api/v1/einvoice/settings").json();
		assertThat(read.toString()).doesNotContain(SECRET);
		assertThat(read.get("tin").asText()).isEqualTo("C25845632020");
		assertThat(read.get("msicCode").asText()).isEqualTo("77309");
		assertThat(read.at("/address/stateCode").asText()).isEqualTo("10");
		assertThat(read.at("/address/countryCode").asText()).isEqualTo("MYS");
		assertThat(read.get("clientSecret").asText()).isEqualTo("set");
		assertThat(read.get("environmentLabel").asText()).contains("sandbox");
		byte[] stored = jdbc.queryForObject("select client_secret_enc from einvoice_settings where company_id = ?",
				byte[].class, admin().companyId());
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET).doesNotContain("client-secret");

		Map<String, Object> withoutSecret = settings();
		withoutSecret.remove("clientSecret");
		withoutSecret.put("businessActivity", "Renting of calibrated test weights");
		Response kept = admin().put("/api/v1/einvoice/settings", withoutSecret);
		assertThat(kept.json().get("clientSecret").asText()).isEqualTo("set");
		assertThat(jdbc.queryForObject("select client_secret_enc from einvoice_settings where company_id = ?",
				byte[].class, admin().companyId())).isEqualTo(stored);
	}

	@Test
	void codesOutsideTheMyInvoisTablesAreRefusedNamingTheField() {
		Map<String, Object> badMsic = settings();
		badMsic.put("msicCode", "99999");
		Map<String, Object> badState = settings();
		badState.put("address", Map.of("line1", "Lot 66", "city", "Shah Alam", "stateCode", "18", "countryCode", "MYS"));
		Map<String, Object> badCountry = settings();
		badCountry.put("address", Map.of("line1", "Lot 66", "city", "Shah Alam", "stateCode", "10", "countryCode", "XXX"));

		Response msic = admin().put("/api/v1/einvoice/settings", badMsic);
		Response state = admin().put("/api/v1/einvoice/settings", badState);
		Response country = admin().put("/api/v1/einvoice/settings", badCountry);

		assertThat(msic.status()).isEqualTo(400);
		assertThat(msic.json().get("errors").findValuesAsText("field")).containsExactly("msicCode");
		assertThat(state.status()).isEqualTo(400);
		assertThat(state.json().get("errors").findValuesAsText("field")).containsExactly("address.stateCode");
		assertThat(country.status()).isEqualTo(400);
		assertThat(country.json().get("errors").findValuesAsText("field")).containsExactly("address.countryCode");
		assertThat(admin().get("/api/v1/einvoice/settings").json().get("msicCode").asText("")).isNotEqualTo("99999");
	}

	@Test
	void aCertificateIsShownWithItsDaysLeftAndAWrongPasswordOrAnotherFileIsA400() {
		byte[] p12 = TestCertificates.selfSignedP12("C=MY, O=Chancery Settings Test, CN=Settings Signer",
				clock.instant().minus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(90)).plusSeconds(60));

		Response wrongPassword = admin().putFile("/api/v1/einvoice/settings/certificate?password=wrong", "file", "c.p12",
				"application/x-pkcs12", p12);
		Response notP12 = admin().putFile("/api/v1/einvoice/settings/certificate?password=x", "file", "c.p12",
				"application/x-pkcs12", "%PDF-1.7 not a certificate".getBytes(StandardCharsets.US_ASCII));
		Response stored = admin().putFile(
				"/api/v1/einvoice/settings/certificate?password=" + new String(TestCertificates.PASSWORD), "file", "c.p12",
				"application/x-pkcs12", p12);

		assertThat(wrongPassword.status()).isEqualTo(400);
		assertThat(wrongPassword.json().get("detail").asText()).contains("password is wrong");
		assertThat(wrongPassword.json().get("errors").findValuesAsText("field")).containsExactly("file");
		assertThat(notP12.status()).isEqualTo(400);
		assertThat(notP12.json().get("detail").asText()).contains("not a PKCS#12");
		assertThat(stored.status()).isEqualTo(200);
		JsonNode certificate = admin().get("/api/v1/einvoice/settings").json().get("certificate");
		assertThat(certificate.get("subject").asText()).contains("CN=Settings Signer");
		assertThat(certificate.get("issuer").asText()).contains("O=Chancery Settings Test");
		assertThat(certificate.get("serialNumber").asText()).isNotBlank();
		assertThat(certificate.get("daysLeft").asLong()).isEqualTo(90L);
		assertThat(certificate.get("password").asText()).isEqualTo("set");
		assertThat(certificate.toString()).doesNotContain(new String(TestCertificates.PASSWORD));
	}

	@Test
	void onlyAdminsSeeOrChangeTheSettings() {
		ApiClient manager = ApiClient.as(port, "manager@demo.chancery", "demo");

		assertThat(manager.get("/api/v1/einvoice/settings").status()).isEqualTo(403);
		assertThat(manager.put("/api/v1/einvoice/settings", settings()).status()).isEqualTo(403);
	}

}
