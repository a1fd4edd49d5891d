package io.chancery.rentals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.camunda.client.CamundaClient;
import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;

/**
 * bpmn/rental.bpmn with dmn/late-fees.dmn, the real workers, the dev clock and the signing page:
 * late fees accrue per overdue day at the table's fee after its grace days, a manager's new table
 * prices the next day, and the check-in closes the rental with its invoice lines.
 */
@ChanceryIntegrationTest
class RentalProcessTests {

	private static final String LATE_FEES = "late-fees.dmn";

	@LocalServerPort
	int port;

	@Autowired
	RentalService rentals;

	@Autowired
	CamundaClient client;

	@Test
	void lateFeesFollowTheTableEachDayAndReachTheInvoice() {
		ApiClient staff = ApiClient.as(port, "staff@demo-my.chancery", "demo");
		ApiClient admin = ApiClient.as(port, "admin@demo-my.chancery", "demo");
		LocalDate today = rentals.today(staff.companyId());
		long item = RentalFixtures.equipment(staff, "TEST_WEIGHTS_F1", "25.00");
		long customer = RentalFixtures.customer(staff, "INDIVIDUAL");
		var reserved = RentalFixtures.reserve(staff, customer, List.of(item), today, today);
		assertThat(reserved.status()).as(reserved.body()).isEqualTo(201);
		long rentalId = reserved.json().get("id").asLong();

		String link = RentalFixtures.checkOut(staff, rentalId);
		assertThat(RentalFixtures.sign(port, link, "Aisha Rahman", RentalFixtures.signaturePng()).statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(60)).until(() -> rental(staff, rentalId).get("status").asText().equals("RENTED"));

		JsonNode rule = decide("TEST_WEIGHTS_F1", 4, "INDIVIDUAL");
		assertThat(rule.get("graceDays").asInt()).as("the shipped table's grace").isEqualTo(1);
		BigDecimal fee = rule.get("dailyFee").decimalValue();
		for (int day = 1; day <= 4; day++) {
			advanceOneDay(admin);
			int overdue = day;
			await().atMost(Duration.ofSeconds(60)).until(() -> rental(staff, rentalId).get("daysOverdue").asInt() == overdue
					&& rental(staff, rentalId).get("lateFeeDays").size() == Math.max(0, overdue - 1));
		}
		JsonNode fourDaysLate = rental(staff, rentalId);
		assertThat(fourDaysLate.get("lateFees").decimalValue()).isEqualByComparingTo(fee.multiply(BigDecimal.valueOf(3)));
		assertThat(fourDaysLate.get("overdueNoticesRecorded")).extracting(JsonNode::asInt).contains(1, 3);
		assertThat(staff.get("/api/v1/rentals/overdue").json()).extracting(rental -> rental.get("id").asLong()).contains(rentalId);

		BigDecimal changedFee = fee.add(new BigDecimal("15"));
		deploy(LATE_FEES, shippedLateFees().replace("<outputEntry id=\"rule-default-fee\"><text>" + fee.stripTrailingZeros().toPlainString() + "</text>",
				"<outputEntry id=\"rule-default-fee\"><text>" + changedFee.stripTrailingZeros().toPlainString() + "</text>"));
		try {
			advanceOneDay(admin);
			await().atMost(Duration.ofSeconds(60)).until(() -> rental(staff, rentalId).get("lateFeeDays").size() == 4);
		}
		finally {
			deploy(LATE_FEES, shippedLateFees());
		}
		JsonNode fifthDay = rental(staff, rentalId).get("lateFeeDays").get(3);
		assertThat(fifthDay.get("overdueDay").asInt()).isEqualTo(5);
		assertThat(fifthDay.get("amount").decimalValue()).isEqualByComparingTo(changedFee);

		var checkedIn = staff.post("/api/v1/rentals/" + rentalId + "/check-in",
				Map.of("items", List.of(Map.of("equipmentId", item, "condition", "DAMAGED", "damageCharge", "40.00", "notes", "bent handle"))));
		assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(60)).until(() -> rental(staff, rentalId).get("status").asText().equals("RETURNED"));

		JsonNode lines = rental(staff, rentalId).get("invoiceLines");
		assertThat(lines).extracting(line -> line.get("kind").asText()).containsExactly("RENTAL", "LATE_FEE", "LATE_FEE", "DAMAGE");
		assertThat(lines.get(0).get("amount").decimalValue()).isEqualByComparingTo("25.00");
		assertThat(lines.get(1).get("quantity").decimalValue()).isEqualByComparingTo("3");
		assertThat(lines.get(1).get("unitPrice").decimalValue()).isEqualByComparingTo(fee);
		assertThat(lines.get(2).get("amount").decimalValue()).isEqualByComparingTo(changedFee);
		assertThat(lines.get(3).get("amount").decimalValue()).isEqualByComparingTo("40.00");
		assertThat(staff.get("/api/v1/equipment/" + item).json().get("status").asText()).isEqualTo("MAINTENANCE");

		long invoiceId = rental(staff, rentalId).get("invoiceId").asLong();
		JsonNode invoice = staff.get("/api/v1/invoices/" + invoiceId).json();
		assertThat(invoice.get("status").asText()).isEqualTo("DRAFT");
		assertThat(invoice.get("customerId").asLong()).isEqualTo(customer);
		assertThat(invoice.get("source").asText()).isEqualTo("rental " + reserved.json().get("number").asText());
		JsonNode invoiceLines = invoice.get("lines");
		assertThat(invoiceLines).hasSize(4);
		for (int i = 0; i < 4; i++) {
			assertThat(invoiceLines.get(i).get("description").asText()).isEqualTo(lines.get(i).get("description").asText());
			assertThat(invoiceLines.get(i).get("quantity").decimalValue()).isEqualByComparingTo(lines.get(i).get("quantity").decimalValue());
			assertThat(invoiceLines.get(i).get("unitPrice").decimalValue()).isEqualByComparingTo(lines.get(i).get("unitPrice").decimalValue());
			assertThat(invoiceLines.get(i).get("netAmount").decimalValue()).isEqualByComparingTo(lines.get(i).get("amount").decimalValue());
		}
		assertThat(invoiceLines.get(1).get("unitPrice").decimalValue()).as("the DMN's daily fee").isEqualByComparingTo(fee);
		assertThat(invoiceLines.get(1).get("netAmount").decimalValue()).isEqualByComparingTo(fee.multiply(BigDecimal.valueOf(3)));
		assertThat(invoiceLines.get(2).get("netAmount").decimalValue()).isEqualByComparingTo(changedFee);
		assertThat(invoice.get("subtotal").decimalValue())
			.isEqualByComparingTo(new BigDecimal("65.00").add(fee.multiply(BigDecimal.valueOf(3))).add(changedFee));

		// a redelivered close job: same lines, still one invoice
		rentals.close(staff.companyId(), rentalId);
		assertThat(rental(staff, rentalId).get("invoiceId").asLong()).isEqualTo(invoiceId);
		assertThat(staff.get("/api/v1/invoices?customerId=" + customer).json().get("totalItems").asLong()).isEqualTo(1);
	}

	@Test
	void checkInBeforeTheSignatureIsRefusedAndAPartialReturnKeepsTheRentalOpen() {
		ApiClient staff = ApiClient.as(port, "staff@demo-my.chancery", "demo");
		LocalDate today = rentals.today(staff.companyId());
		long first = RentalFixtures.equipment(staff, "CALIBRATION_KIT", "60.00");
		long second = RentalFixtures.equipment(staff, "CALIBRATION_KIT", "60.00");
		long customer = RentalFixtures.customer(staff, "ORGANISATION");
		long rentalId = RentalFixtures.reserve(staff, customer, List.of(first, second), today, today.plusDays(5)).json().get("id").asLong();
		String link = RentalFixtures.checkOut(staff, rentalId);

		var early = staff.post("/api/v1/rentals/" + rentalId + "/check-in", Map.of("items", List.of(Map.of("equipmentId", first, "condition", "GOOD"))));
		assertThat(early.status()).isEqualTo(409);

		RentalFixtures.sign(port, link, "Lim Wei", RentalFixtures.signaturePng());
		await().atMost(Duration.ofSeconds(60)).until(() -> rental(staff, rentalId).get("status").asText().equals("RENTED"));
		var partial = staff.post("/api/v1/rentals/" + rentalId + "/check-in", Map.of("items", List.of(Map.of("equipmentId", first, "condition", "GOOD"))));
		assertThat(partial.status()).as(partial.body()).isEqualTo(200);
		assertThat(partial.json().get("status").asText()).isEqualTo("RENTED");
		assertThat(staff.get("/api/v1/equipment/" + first).json().get("status").asText()).isEqualTo("AVAILABLE");
		assertThat(staff.get("/api/v1/equipment/" + second).json().get("status").asText()).isEqualTo("RENTED");
		var again = staff.post("/api/v1/rentals/" + rentalId + "/check-in", Map.of("items", List.of(Map.of("equipmentId", first, "condition", "GOOD"))));
		assertThat(again.status()).isEqualTo(409);
	}

	private JsonNode decide(String category, int daysOverdue, String customerType) {
		String output = client.newEvaluateDecisionCommand()
			.decisionId("late-fees")
			.variables(Map.of("equipmentCategory", category, "daysOverdue", daysOverdue, "customerType", customerType))
			.send()
			.join()
			.getDecisionOutput();
		try {
			return new ObjectMapper().readTree(output);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void advanceOneDay(ApiClient admin) {
		assertThat(admin.post("/api/v1/dev/clock", Map.of("advance", "P1D")).status()).isEqualTo(200);
	}

	private void deploy(String resource, String content) {
		var response = ApiClient.as(port, "manager@demo-my.chancery", "demo")
			.upload("/api/v1/deployments?comment=late+fee+test", "file", resource, content.getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).as(response.body()).isIn(200, 201);
	}

	private static String shippedLateFees() {
		try (InputStream in = RentalProcessTests.class.getResourceAsStream("/dmn/" + LATE_FEES)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static JsonNode rental(ApiClient staff, long id) {
		return staff.get("/api/v1/rentals/" + id).json();
	}

}
