package io.chancery.rentals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.support.EngineRecords;
import io.chancery.workflow.internal.EmbeddedZeebeEngine;

/** Cancelling a reservation before check-out frees its items and ends its process; later it is refused. */
@ChanceryIntegrationTest
class RentalCancelTests {

	@LocalServerPort
	int port;

	@Autowired
	RentalService rentals;

	@Autowired
	EmbeddedZeebeEngine engine;

	@Test
	void aCancelledReservationFreesItsItemsAndEndsItsProcess() {
		ApiClient staff = ApiClient.as(port, "staff@demo.chancery", "demo");
		LocalDate today = rentals.today(staff.companyId());
		long item = RentalFixtures.equipment(staff, "TEST_WEIGHTS_F1", "30.00");
		long customer = RentalFixtures.customer(staff, "INDIVIDUAL");
		long rentalId = RentalFixtures.reserve(staff, customer, List.of(item), today, today.plusDays(3)).json().get("id").asLong();
		assertThat(staff.get("/api/v1/equipment/" + item).json().get("status").asText()).isEqualTo("RESERVED");
		JsonNode task = await().atMost(Duration.ofSeconds(60)).until(() -> checkOutTask(staff, rentalId), found -> found != null);
		long instance = instanceOf(rentalId);

		var cancelled = staff.post("/api/v1/rentals/" + rentalId + "/cancel", "");
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
		assertThat(staff.get("/api/v1/equipment/" + item).json().get("status").asText()).isEqualTo("AVAILABLE");
		var other = RentalFixtures.reserve(staff, customer, List.of(item), today, today.plusDays(3));
		assertThat(other.status()).as("the days are free again: " + other.body()).isEqualTo(201);

		await().atMost(Duration.ofSeconds(60)).until(() -> EngineRecords.reached(engine, instance, "reservation-cancelled"));
		await().atMost(Duration.ofSeconds(60)).until(() -> checkOutTask(staff, rentalId) == null);
		assertThat(task.get("name").asText()).isEqualTo("Check out the items");

		var again = staff.post("/api/v1/rentals/" + rentalId + "/cancel", "");
		assertThat(again.status()).isEqualTo(409);
		assertThat(staff.get("/api/v1/rentals/" + rentalId).json().get("status").asText()).isEqualTo("CANCELLED");
	}

	@Test
	void aCheckedOutRentalCannotBeCancelled() {
		ApiClient staff = ApiClient.as(port, "staff@demo.chancery", "demo");
		LocalDate today = rentals.today(staff.companyId());
		long item = RentalFixtures.equipment(staff, "CALIBRATION_KIT", "45.00");
		long rentalId = RentalFixtures.reserve(staff, RentalFixtures.customer(staff, "ORGANISATION"), List.of(item), today, today)
			.json().get("id").asLong();
		RentalFixtures.checkOut(staff, rentalId);

		var refused = staff.post("/api/v1/rentals/" + rentalId + "/cancel", "");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asText()).contains("AWAITING_SIGNATURE");
		assertThat(staff.get("/api/v1/equipment/" + item).json().get("status").asText()).isEqualTo("RENTED");
		assertThat(ApiClient.as(port, "staff@demo-my.chancery", "demo").post("/api/v1/rentals/" + rentalId + "/cancel", "").status())
			.as("another company's rental").isEqualTo(404);
	}

	private static JsonNode checkOutTask(ApiClient staff, long rentalId) {
		for (JsonNode task : staff.get("/api/v1/tasks?processId=rental").json()) {
			if (task.at("/variables/rentalId").asLong() == rentalId) {
				return task;
			}
		}
		return null;
	}

	private long instanceOf(long rentalId) {
		for (Record<?> record : EngineRecords.soFar(engine)) {
			if (record.getValue() instanceof VariableRecordValue variable && variable.getBpmnProcessId().equals("rental")
					&& variable.getName().equals("rentalId") && variable.getValue().equals(String.valueOf(rentalId))) {
				return variable.getProcessInstanceKey();
			}
		}
		throw new AssertionError("no rental instance for " + rentalId);
	}

}
