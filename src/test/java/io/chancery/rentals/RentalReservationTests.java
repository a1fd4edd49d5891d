package io.chancery.rentals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;

/** Reservations: the database refuses overlapping dates for an item, also when two requests race. */
@ChanceryIntegrationTest
class RentalReservationTests {

	@LocalServerPort
	int port;

	@Autowired
	RentalService rentals;

	ApiClient staff;

	LocalDate today;

	@BeforeEach
	void setUp() {
		staff = ApiClient.as(port, "staff@demo-my.chancery", "demo");
		today = rentals.today(staff.companyId());
	}

	@Test
	void overlappingReservationsOfOneItemAreRefusedEvenWhenTheyRace() throws Exception {
		long item = RentalFixtures.equipment(staff, "TEST_WEIGHTS_F1", "25.00");
		long customer = RentalFixtures.customer(staff, "INDIVIDUAL");
		int racers = 4;
		CyclicBarrier start = new CyclicBarrier(racers);
		ExecutorService pool = Executors.newFixedThreadPool(racers);
		List<CompletableFuture<ApiClient.Response>> attempts = new ArrayList<>();
		for (int i = 0; i < racers; i++) {
			int shift = i;
			attempts.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
				// every pair of these periods overlaps on day 3
				return RentalFixtures.reserve(staff, customer, List.of(item), today.plusDays(shift), today.plusDays(3 + shift));
			}, pool));
		}
		List<Integer> statuses = attempts.stream().map(CompletableFuture::join).map(ApiClient.Response::status).toList();
		pool.shutdown();

		assertThat(statuses).containsOnly(201, 409);
		assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
		var calendar = staff.get("/api/v1/equipment/calendar?equipmentId=" + item + "&from=" + today + "&to=" + today.plusDays(10)).json();
		assertThat(calendar).hasSize(4);
		assertThat(staff.get("/api/v1/equipment/" + item).json().get("status").asText()).isEqualTo("RESERVED");
	}

	@Test
	void anOverlapIsAConflictNamingTheRentalAndTheNextFreePeriodIsBookable() {
		long item = RentalFixtures.equipment(staff, "CALIBRATION_KIT", "60.00");
		long customer = RentalFixtures.customer(staff, "ORGANISATION");
		var first = RentalFixtures.reserve(staff, customer, List.of(item), today.plusDays(10), today.plusDays(14));
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(first.json().get("number").asText()).startsWith("RNT-");

		var overlapping = RentalFixtures.reserve(staff, customer, List.of(item), today.plusDays(14), today.plusDays(16));
		assertThat(overlapping.status()).isEqualTo(409);
		assertThat(overlapping.isProblem()).isTrue();
		assertThat(overlapping.json().get("detail").asText()).contains(first.json().get("number").asText());

		var after = RentalFixtures.reserve(staff, customer, List.of(item), today.plusDays(15), today.plusDays(16));
		assertThat(after.status()).as(after.body()).isEqualTo(201);
	}

	@Test
	void badInputIsA400NamingTheFieldAndAnotherCompanysItemIsNotFound() {
		long item = RentalFixtures.equipment(staff, "TEST_WEIGHTS_M1", "10.00");
		long customer = RentalFixtures.customer(staff, "INDIVIDUAL");
		var backwards = RentalFixtures.reserve(staff, customer, List.of(item), today.plusDays(3), today.plusDays(1));
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.body()).contains("dueDate");

		ApiClient dubai = ApiClient.as(port, "staff@demo.chancery", "demo");
		long dubaiCustomer = RentalFixtures.customer(dubai, "INDIVIDUAL");
		var foreign = RentalFixtures.reserve(dubai, dubaiCustomer, List.of(item), today.plusDays(1), today.plusDays(2));
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(dubai.get("/api/v1/equipment/" + item).status()).isEqualTo(404);
	}

}
