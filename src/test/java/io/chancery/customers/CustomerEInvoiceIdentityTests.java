package io.chancery.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.chancery.support.ApiClient;
import io.chancery.support.ApiClient.Response;
import io.chancery.support.ChanceryIntegrationTest;

/** The MyInvois identity (TIN, ID, SST) and structured address of customers. */
@ChanceryIntegrationTest
class CustomerEInvoiceIdentityTests {

	@LocalServerPort
	int port;

	ApiClient staff() {
		return ApiClient.as(port, "staff@demo-my.chancery", "demo");
	}

	@Test
	void aMalaysianBuyerKeepsItsTinIdSstAndAddress() {
		String name = "Kilang Kalibrasi " + UUID.randomUUID();
		Response created = staff().post("/api/v1/customers", Map.of("kind", "ORGANISATION", "name", name, "tin",
				"c20880050010", "idType", "BRN", "idValue", "201901000005", "sstNumber", "NA", "address",
				Map.of("line1", "No. 5, Jalan Tukang", "line2", "Taman Perindustrian", "city", "Klang", "postcode", "41050",
						"stateCode", "10", "countryCode", "mys")));

		assertThat(created.status()).isEqualTo(201);
		Response read = staff().get("/api/v1/customers/" + created.json().get("id").asLong());
		assertThat(read.json().get("tin").asText()).isEqualTo("C20880050010");
		assertThat(read.json().get("idType").asText()).isEqualTo("BRN");
		assertThat(read.json().get("idValue").asText()).isEqualTo("201901000005");
		assertThat(read.json().get("sstNumber").asText()).isEqualTo("NA");
		assertThat(read.json().at("/address/line2").asText()).isEqualTo("Taman Perindustrian");
		assertThat(read.json().at("/address/stateCode").asText()).isEqualTo("10");
		assertThat(read.json().at("/address/countryCode").asText()).isEqualTo("MYS");
	}

	@Test
	void badTinIdTypeOrStateCodeIsRefusedNamingTheField() {
		String name = "Refused MY " + UUID.randomUUID();
		Response badTin = staff().post("/api/v1/customers", Map.of("kind", "ORGANISATION", "name", name, "tin", "12-34"));
		Response badState = staff().post("/api/v1/customers",
				Map.of("kind", "ORGANISATION", "name", name, "address", Map.of("stateCode", "18")));
		Response badIdType = staff().post("/api/v1/customers",
				Map.of("kind", "ORGANISATION", "name", name, "idType", "LICENCE", "idValue", "1"));

		assertThat(badTin.status()).isEqualTo(400);
		assertThat(badTin.json().get("errors").findValuesAsText("field")).containsExactly("tin");
		assertThat(badState.status()).isEqualTo(400);
		assertThat(badState.json().get("errors").findValuesAsText("field")).containsExactly("address.stateCode");
		assertThat(badIdType.status()).isEqualTo(400);
		assertThat(staff().get("/api/v1/customers?q=" + name.replace(" ", "%20")).json().get("totalItems").asInt()).isZero();
	}

}
