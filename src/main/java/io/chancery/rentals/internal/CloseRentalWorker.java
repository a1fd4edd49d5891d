package io.chancery.rentals.internal;

import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.chancery.rentals.RentalService;

/** Everything is back: the invoice lines are written and the rental is closed. */
@Component
public class CloseRentalWorker {

	private final RentalService rentals;

	CloseRentalWorker(RentalService rentals) {
		this.rentals = rentals;
	}

	@JobWorker(type = RentalProcess.CLOSE)
	public void close(@Variable long companyId, @Variable long rentalId) {
		rentals.close(companyId, rentalId);
	}

}
