package io.chancery.rentals.internal;

import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.chancery.rentals.RentalService;

@Component
public class MarkRentedWorker {

	private final RentalService rentals;

	MarkRentedWorker(RentalService rentals) {
		this.rentals = rentals;
	}

	@JobWorker(type = RentalProcess.MARK_RENTED)
	public void markRented(@Variable long companyId, @Variable long rentalId) {
		rentals.markSigned(companyId, rentalId);
	}

}
