package io.chancery.rentals.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.chancery.rentals.Rental;
import io.chancery.rentals.RentalService;

/**
 * After a check-out or check-in task was completed from the task list, tells the process whether
 * the screen's work was really done; if not, the process offers the task again.
 */
@Component
public class ReadStatusWorker {

	private final RentalService rentals;

	ReadStatusWorker(RentalService rentals) {
		this.rentals = rentals;
	}

	@JobWorker(type = RentalProcess.READ_STATUS)
	public Map<String, Object> readStatus(@Variable long companyId, @Variable long rentalId) {
		Rental rental = rentals.get(companyId, rentalId);
		return Map.of("rentalStatus", rental.getStatus().name(), "allReturned", rental.allReturned());
	}

}
