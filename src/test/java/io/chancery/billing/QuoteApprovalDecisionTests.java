package io.chancery.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.camunda.client.CamundaClient;
import io.chancery.support.ChanceryIntegrationTest;

/** The shipped dmn/quote-approval.dmn (hit policy FIRST) on the embedded engine. */
@ChanceryIntegrationTest
class QuoteApprovalDecisionTests {

	@Autowired
	CamundaClient client;

	@Autowired
	ObjectMapper json;

	@ParameterizedTest
	@CsvSource({
			"10000.00, 0, false, false, within the limits",
			"10000.01, 0, false, true, 'total above 10,000'",
			"500, 10, false, false, within the limits",
			"500, 10.01, false, true, discount above 10 %",
			"500, 0, true, true, new customer",
			// FIRST: the first matching rule gives the reason
			"20000, 50, true, true, 'total above 10,000'",
			"500, 15, true, true, discount above 10 %" })
	void aManagerApprovesLargeTotalsBigDiscountsAndNewCustomers(String total, String discount, boolean newCustomer,
			boolean needsManager, String reason) throws Exception {
		JsonNode result = json.readTree(client.newEvaluateDecisionCommand()
			.decisionId("quote-approval")
			.variables(Map.of("total", new java.math.BigDecimal(total), "maxDiscountPercent", new java.math.BigDecimal(discount),
					"newCustomer", newCustomer))
			.send()
			.join()
			.getDecisionOutput());

		assertThat(result.get("needsManager").asBoolean()).isEqualTo(needsManager);
		assertThat(result.get("reason").asText()).isEqualTo(reason);
	}

}
