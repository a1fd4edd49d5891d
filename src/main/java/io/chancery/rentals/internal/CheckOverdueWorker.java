package io.chancery.rentals.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.chancery.rentals.RentalService;

/** The daily check: how many days overdue, and the items still out, for the late-fees decision. */
@Component
public class CheckOverdueWorker {

	private final RentalService rentals;

	CheckOverdueWorker(RentalService rentals) {
		this.rentals = rentals;
	}

	@JobWorker(type = RentalProcess.CHECK_OVERDUE)
	public Map<String, Object> checkOverdue(@Variable long companyId, @Variable long rentalId) {
		var check = rentals.overdueCheck(companyId, rentalId);
		return Map.of("daysOverdue", check.daysOverdue(), "customerType", check.customerType(), "overdueItems",
				check.items().stream().map(item -> Map.of("rentalItemId", item.rentalItemId(), "category", item.category())).toList());
	}

}
