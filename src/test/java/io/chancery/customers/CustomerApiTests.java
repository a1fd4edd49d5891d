package io.chancery.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.chancery.support.ApiClient;
import io.chancery.support.ApiClient.Response;
import io.chancery.support.ChanceryIntegrationTest;

@ChanceryIntegrationTest
class CustomerApiTests {

	@LocalServerPort
	int port;

	ApiClient staff() {
		return ApiClient.as(port, "staff@demo.chancery", "demo");
	}

	@Test
	void organisationWithTwoEmployeesAndLocalPhoneNumbersStoredInE164() {
		String name = "Gulf Couriers " + UUID.randomUUID();
		Response created = staff().post("/api/v1/customers", Map.of("kind", "ORGANISATION", "name", name, "email",
				"ops@gulf.example", "phone", "04 555 0199", "tradeLicenceNumber", "CN-99" + System.nanoTime() % 100000));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("phone").asText()).isEqualTo("+97145550199");
		long id = created.json().get("id").asLong();
		Response first = staff().post("/api/v1/customers/" + id + "/employees", Map.of("name", "Anil Menon", "phone", "050 123 4567"));
		Response second = staff().post("/api/v1/customers/" + id + "/employees", Map.of("name", "Sara Ali"));
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().get("phone").asText()).isEqualTo("+971501234567");
		assertThat(second.status()).isEqualTo(201);
		assertThat(staff().get("/api/v1/customers/" + id + "/employees").json().findValuesAsText("name"))
			.containsExactly("Anil Menon", "Sara Ali");
	}

	@Test
	void badEmailOrPhoneIsRefusedNamingTheFieldAndNothingIsCreated() {
		String name = "Refused " + UUID.randomUUID();
		Response badPhone = staff().post("/api/v1/customers", Map.of("kind", "INDIVIDUAL", "name", name, "phone", "12"));
		Response badEmail = staff().post("/api/v1/customers", Map.of("kind", "INDIVIDUAL", "name", name, "email", "no-at-sign"));
		Response noKind = staff().post("/api/v1/customers", Map.of("name", name));

		assertThat(badPhone.status()).isEqualTo(400);
		assertThat(badPhone.json().get("errors").findValuesAsText("field")).containsExactly("phone");
		assertThat(badEmail.status()).isEqualTo(400);
		assertThat(badEmail.json().get("errors").findValuesAsText("field")).containsExactly("email");
		assertThat(noKind.status()).isEqualTo(400);
		assertThat(staff().get("/api/v1/customers?q=" + name.replace(" ", "%20")).json().get("totalItems").asInt()).isZero();
	}

	@Test
	void searchByNameOrLicenceNumberWithPagesAndArchivedHiddenUnlessAsked() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long a = create(Map.of("kind", "ORGANISATION", "name", "Alpha " + tag, "tradeLicenceNumber", "LIC-" + tag));
		create(Map.of("kind", "INDIVIDUAL", "name", "Beta " + tag));
		create(Map.of("kind", "INDIVIDUAL", "name", "Gamma " + tag));

		var byName = staff().get("/api/v1/customers?q=" + tag + "&size=2").json();
		assertThat(byName.get("totalItems").asInt()).isEqualTo(3);
		assertThat(byName.get("totalPages").asInt()).isEqualTo(2);
		assertThat(byName.get("items").size()).isEqualTo(2);
		assertThat(staff().get("/api/v1/customers?q=lic-" + tag).json().get("items").findValuesAsText("name"))
			.containsExactly("Alpha " + tag);

		assertThat(staff().post("/api/v1/customers/" + a + "/archive", "").json().get("archived").asBoolean()).isTrue();
		assertThat(staff().get("/api/v1/customers?q=" + tag).json().get("totalItems").asInt()).isEqualTo(2);
		assertThat(staff().get("/api/v1/customers?q=" + tag + "&includeArchived=true").json().get("totalItems").asInt()).isEqualTo(3);
		Response employeeOfArchived = staff().post("/api/v1/customers/" + a + "/employees", Map.of("name", "Late Hire"));
		assertThat(employeeOfArchived.status()).isEqualTo(400);
	}

	@Test
	void individualsHaveNoEmployeesAndAnalystsOnlyRead() {
		long person = create(Map.of("kind", "INDIVIDUAL", "name", "Solo " + UUID.randomUUID()));

		assertThat(staff().post("/api/v1/customers/" + person + "/employees", Map.of("name", "X")).status()).isEqualTo(400);
		ApiClient analyst = ApiClient.as(port, "analyst@demo.chancery", "demo");
		assertThat(analyst.get("/api/v1/customers/" + person).status()).isEqualTo(200);
		assertThat(analyst.post("/api/v1/customers", Map.of("kind", "INDIVIDUAL", "name", "Nope")).status()).isEqualTo(403);
	}

	@Test
	void customersAndEmployeesOfAnotherCompanyAreNotFound() {
		long org = create(Map.of("kind", "ORGANISATION", "name", "Private Org " + UUID.randomUUID()));
		long employee = staff().post("/api/v1/customers/" + org + "/employees", Map.of("name", "Hidden Person")).json().get("id").asLong();
		long otherOrg = create(Map.of("kind", "ORGANISATION", "name", "Other Org " + UUID.randomUUID()));
		ApiClient malaysia = ApiClient.as(port, "staff@demo-my.chancery", "demo");

		assertThat(malaysia.get("/api/v1/customers/" + org).status()).isEqualTo(404);
		assertThat(malaysia.put("/api/v1/customers/" + org, Map.of("kind", "ORGANISATION", "name", "Hijacked")).status()).isEqualTo(404);
		assertThat(malaysia.post("/api/v1/customers/" + org + "/archive", "").status()).isEqualTo(404);
		assertThat(malaysia.get("/api/v1/customers/" + org + "/employees").status()).isEqualTo(404);
		assertThat(malaysia.post("/api/v1/customers/" + org + "/employees", Map.of("name", "Intruder")).status()).isEqualTo(404);
		assertThat(malaysia.get("/api/v1/customers/" + org + "/employees/" + employee).status()).isEqualTo(404);
		assertThat(staff().get("/api/v1/customers/" + otherOrg + "/employees/" + employee).status())
			.as("an employee under the wrong customer").isEqualTo(404);
		assertThat(staff().get("/api/v1/customers/" + org).json().get("name").asText()).startsWith("Private Org");
	}

	private long create(Map<String, Object> body) {
		Response response = staff().post("/api/v1/customers", new HashMap<>(body));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

}
