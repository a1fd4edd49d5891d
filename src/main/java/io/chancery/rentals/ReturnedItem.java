package io.chancery.rentals;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An item that came back, how it came back, and what its damage costs the customer. */
public record ReturnedItem(@NotNull Long equipmentId, @NotNull ItemCondition condition,
		@DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal damageCharge, @Size(max = 500) String notes) {
}
