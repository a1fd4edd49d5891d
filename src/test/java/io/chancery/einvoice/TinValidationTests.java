package io.chancery.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.einvoice.internal.LocalStandIn;
import io.chancery.support.ApiClient;
import io.chancery.support.ApiClient.Response;
import io.chancery.support.ChanceryIntegrationTest;

/**
 * Customer TIN validation against the Malaysian demo company's configured environment, the local
 * stand-in, which knows the TINs registered with it.
 */
@ChanceryIntegrationTest
class TinValidationTests {

	@LocalServerPort
	int port;

	@Autowired
	LocalStandIn standIn;

	ApiClient staff() {
		return ApiClient.as(port, "staff@demo-my.chancery", "demo");
	}

	static String randomTin() {
		return "C" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
	}

	long customer(String tin) {
		Map<String, Object> body = tin == null ? Map.of("kind", "ORGANISATION", "name", "No TIN " + UUID.randomUUID())
				: Map.of("kind", "ORGANISATION", "name", "Buyer " + UUID.randomUUID(), "tin", tin, "idType", "BRN",
						"idValue", "201901000005");
		return staff().post("/api/v1/customers", body).json().get("id").asLong();
	}

	@Test
	void aKnownTinIsValidAndTheAnswerIsKeptForTheCustomer() {
		String tin = randomTin();
		standIn.get().registerTin(tin);
		long id = customer(tin);

		assertThat(staff().get("/api/v1/customers/" + id + "/tin-validation").status()).isEqualTo(204);
		Response validated = staff().post("/api/v1/customers/" + id + "/tin-validation", Map.of());

		assertThat(validated.status()).isEqualTo(200);
		assertThat(validated.json().get("valid").asBoolean()).isTrue();
		JsonNode cached = staff().get("/api/v1/customers/" + id + "/tin-validation").json();
		assertThat(cached.get("valid").asBoolean()).isTrue();
		assertThat(cached.get("tin").asText()).isEqualTo(tin);
		assertThat(cached.get("environment").asText()).isEqualTo("LOCAL_STAND_IN");
		assertThat(cached.get("checkedAt").asText()).isNotBlank();
		assertThat(cached.get("current").asBoolean()).isTrue();
	}

	@Test
	void anUnknownTinIsInvalidAndAChangedTinMakesTheAnswerStale() {
		long id = customer(randomTin());

		Response validated = staff().post("/api/v1/customers/" + id + "/tin-validation", Map.of());

		assertThat(validated.status()).isEqualTo(200);
		assertThat(validated.json().get("valid").asBoolean()).isFalse();
		JsonNode customer = staff().get("/api/v1/customers/" + id).json();
		Map<String, Object> changed = Map.of("kind", "ORGANISATION", "name", customer.get("name").asText(), "tin",
				randomTin(), "idType", "BRN", "idValue", "201901000005");
		assertThat(staff().put("/api/v1/customers/" + id, changed).status()).isEqualTo(200);
		assertThat(staff().get("/api/v1/customers/" + id + "/tin-validation").json().get("current").asBoolean()).isFalse();
	}

	@Test
	void aCustomerWithoutTinOrOfAnotherCompanyIsRefused() {
		long withoutTin = customer(null);
		long dubaiCustomer = ApiClient.as(port, "staff@demo.chancery", "demo")
			.post("/api/v1/customers", Map.of("kind", "ORGANISATION", "name", "Dubai " + UUID.randomUUID()))
			.json()
			.get("id")
			.asLong();

		Response noTin = staff().post("/api/v1/customers/" + withoutTin + "/tin-validation", Map.of());
		Response otherCompany = staff().post("/api/v1/customers/" + dubaiCustomer + "/tin-validation", Map.of());

		assertThat(noTin.status()).isEqualTo(400);
		assertThat(noTin.json().get("errors").findValuesAsText("field")).containsExactly("tin");
		assertThat(otherCompany.status()).isEqualTo(404);
		assertThat(ApiClient.as(port, "analyst@demo-my.chancery", "demo")
			.post("/api/v1/customers/" + withoutTin + "/tin-validation", Map.of())
			.status()).isEqualTo(403);
	}

}
