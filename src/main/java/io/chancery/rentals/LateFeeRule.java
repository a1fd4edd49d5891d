package io.chancery.rentals;

import java.math.BigDecimal;

/** What the late-fees decision said for one item today: fee per day after the grace days, up to the cap. */
public record LateFeeRule(long rentalItemId, BigDecimal dailyFee, int graceDays, BigDecimal cap) {
}
