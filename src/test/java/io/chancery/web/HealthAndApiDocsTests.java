package io.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;

@ChanceryIntegrationTest
class HealthAndApiDocsTests {

	@LocalServerPort
	int port;

	@Test
	void healthIsUpWithEngineAndDatabaseComponents() {
		JsonNode health = ApiClient.anonymous(port).get("/actuator/health").json();

		assertThat(health.get("status").asText()).isEqualTo("UP");
		assertThat(health.at("/components/engine/status").asText()).isEqualTo("UP");
		assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
		assertThat(health.at("/components/readinessState/status").asText()).isEqualTo("UP");
	}

	@Test
	void engineHealthDetailsAreShownToAdmins() {
		JsonNode health = ApiClient.as(port, "admin@demo.chancery", "demo").get("/actuator/health").json();

		assertThat(health.at("/components/engine/details/mode").asText()).isEqualTo("embedded");
		assertThat(health.at("/components/engine/details/brokers").asInt()).isEqualTo(1);
	}

	@Test
	void openApiDocumentDescribesTheApi() {
		JsonNode openApi = ApiClient.anonymous(port).get("/v3/api-docs").json();

		assertThat(openApi.get("paths").has("/api/v1/me")).isTrue();
		assertThat(openApi.get("paths").has("/api/v1/tasks/{id}/complete")).isTrue();
		assertThat(ApiClient.anonymous(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
	}

}
