package io.chancery.rentals.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.chancery.rentals.LateFeeRule;
import io.chancery.rentals.RentalService;

/** Charges the day's late fees at the rules the late-fees decision just gave, per item. */
@Component
public class AccrueLateFeesWorker {

	private final RentalService rentals;

	AccrueLateFeesWorker(RentalService rentals) {
		this.rentals = rentals;
	}

	@JobWorker(type = RentalProcess.ACCRUE_LATE_FEES)
	public Map<String, Object> accrue(@Variable long companyId, @Variable long rentalId, @Variable long daysOverdue,
			@Variable List<Map<String, Object>> lateFeeRules) {
		List<LateFeeRule> rules = lateFeeRules.stream()
			.filter(rule -> rule.get("dailyFee") != null)
			.map(rule -> new LateFeeRule(((Number) rule.get("rentalItemId")).longValue(), decimal(rule.get("dailyFee")),
					((Number) rule.getOrDefault("graceDays", 0)).intValue(), decimal(rule.get("cap"))))
			.toList();
		BigDecimal charged = rentals.accrueLateFees(companyId, rentalId, daysOverdue, rules);
		return Map.of("lateFeesChargedNow", charged);
	}

	private static BigDecimal decimal(Object number) {
		return number == null ? null : new BigDecimal(number.toString());
	}

}
