package io.chancery.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;

/** The service catalogue and each company's tax rates (UAE VAT, Malaysian SST) through the API. */
@ChanceryIntegrationTest
class CatalogApiTests {

	@LocalServerPort
	int port;

	@Test
	void eachCompanyHasItsCountrysTaxRates() {
		JsonNode dubai = ApiClient.as(port, "staff@demo.chancery", "demo").get("/api/v1/tax-rates").json();
		assertThat(dubai.findValuesAsText("code")).contains("VAT5", "ZERO");
		JsonNode malaysia = ApiClient.as(port, "staff@demo-my.chancery", "demo").get("/api/v1/tax-rates").json();
		assertThat(malaysia.findValuesAsText("code")).contains("SST6", "SST8", "SALES10").doesNotContain("VAT5");
	}

	@Test
	void managersAddServicesThatEveryoneSees() {
		ApiClient manager = ApiClient.as(port, "manager@demo-my.chancery", "demo");
		String code = "cal-" + UUID.randomUUID().toString().substring(0, 8);
		var created = manager.post("/api/v1/services", Map.of("code", code, "name", "Calibration visit", "unit", "visit",
				"unitPrice", "380.50", "taxCode", "sst8"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("code").asText()).isEqualTo(code.toUpperCase());
		assertThat(created.json().get("taxCode").asText()).isEqualTo("SST8");

		JsonNode list = ApiClient.as(port, "analyst@demo-my.chancery", "demo").get("/api/v1/services?q=" + code).json();
		assertThat(list.findValuesAsText("code")).containsExactly(code.toUpperCase());
		assertThat(ApiClient.as(port, "staff@demo.chancery", "demo").get("/api/v1/services/" + created.json().get("id").asLong())
			.status()).as("another company's service").isEqualTo(404);
	}

	@Test
	void badServicesAreRefusedNamingTheField() {
		ApiClient manager = ApiClient.as(port, "manager@demo.chancery", "demo");
		String code = "x-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(field(manager.post("/api/v1/services", Map.of("code", code, "name", "X", "unitPrice", "10.005", "taxCode", "VAT5"))))
			.isEqualTo("unitPrice");
		assertThat(field(manager.post("/api/v1/services", Map.of("code", code, "name", "X", "unitPrice", "10", "taxCode", "SST6"))))
			.as("a Malaysian rate in Dubai").isEqualTo("taxCode");
		assertThat(manager.post("/api/v1/services", Map.of("code", code, "name", "X", "unitPrice", "10", "taxCode", "VAT5")).status())
			.isEqualTo(201);
		assertThat(field(manager.post("/api/v1/services", Map.of("code", code, "name", "Y", "unitPrice", "10", "taxCode", "VAT5"))))
			.as("codes are unique").isEqualTo("code");
		assertThat(ApiClient.as(port, "staff@demo.chancery", "demo")
			.post("/api/v1/services", Map.of("code", code + "s", "name", "X", "unitPrice", "10", "taxCode", "VAT5")).status())
			.isEqualTo(403);
	}

	private static String field(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		return response.json().at("/errors/0/field").asText();
	}

}
