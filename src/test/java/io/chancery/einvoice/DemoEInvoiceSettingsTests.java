package io.chancery.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;

/** The Malaysian demo company starts with complete settings on the local stand-in and a TEST certificate. */
@ChanceryIntegrationTest
class DemoEInvoiceSettingsTests {

	@LocalServerPort
	int port;

	@Test
	void theMalaysianDemoCompanyIsReadyToSubmitToTheLocalStandIn() {
		JsonNode settings = ApiClient.as(port, "admin@demo-my.chancery", "demo").get("/api/v1/einvoice/settings").json();

		assertThat(settings.get("complete").asBoolean()).as("missing: %s", settings.get("missing")).isTrue();
		assertThat(settings.get("environment").asText()).isEqualTo("LOCAL_STAND_IN");
		assertThat(settings.get("environmentLabel").asText()).isEqualTo("local stand-in, not LHDN");
		assertThat(settings.get("clientSecret").asText()).isEqualTo("set");
		assertThat(settings.at("/certificate/subject").asText()).contains("CN=Chancery TEST certificate – not for LHDN");
		assertThat(settings.at("/certificate/testCertificate").asBoolean()).isTrue();
		assertThat(settings.at("/certificate/daysLeft").asLong()).isGreaterThan(300);
	}

}
