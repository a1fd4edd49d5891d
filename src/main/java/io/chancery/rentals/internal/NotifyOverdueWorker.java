package io.chancery.rentals.internal;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.chancery.rentals.RentalService;

/**
 * Records the overdue notice for the configured steps ({@code chancery.rentals.overdue-notice-days},
 * days overdue), once per rental and step, and tells staff (in-app) and the customer (e-mail).
 */
@Component
public class NotifyOverdueWorker {

	private final RentalService rentals;

	private final List<Integer> steps;

	NotifyOverdueWorker(RentalService rentals, @Value("${chancery.rentals.overdue-notice-days:1,3,7}") List<Integer> steps) {
		this.rentals = rentals;
		this.steps = steps;
	}

	@JobWorker(type = RentalProcess.NOTIFY_OVERDUE)
	public void notifyOverdue(@Variable long companyId, @Variable long rentalId) {
		long days = rentals.overdueCheck(companyId, rentalId).daysOverdue();
		steps.stream()
			.filter(step -> step <= days)
			.forEach(step -> rentals.recordOverdueNotice(companyId, rentalId, step));
	}

}
