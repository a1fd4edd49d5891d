package io.chancery.rentals;

import java.math.BigDecimal;
import java.time.Instant;

/** One overdue day charged for one item, with the late-fees rule that priced it. */
public record LateFee(long rentalItemId, long equipmentId, int overdueDay, BigDecimal amount, BigDecimal dailyFee,
		int graceDays, BigDecimal cap, Instant chargedAt) {
}
