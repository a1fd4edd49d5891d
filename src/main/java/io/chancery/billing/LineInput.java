package io.chancery.billing;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One line as a person or another module gives it: a catalogue service (its name, unit price and
 * tax rate are the defaults) or free text. At most one of the discounts.
 */
public record LineInput(Long serviceId, @Size(max = 1000) String description,
		@NotNull @DecimalMin(value = "0", inclusive = false, message = "must be more than 0") @Digits(integer = 13, fraction = 4) BigDecimal quantity,
		@DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 13, fraction = 4) BigDecimal unitPrice,
		@DecimalMin(value = "0", message = "must not be negative") @DecimalMax(value = "100", message = "must be at most 100") BigDecimal discountPercent,
		@DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 13, fraction = 4) BigDecimal discountAmount,
		@DecimalMin(value = "0", message = "must not be negative") @DecimalMax(value = "100", message = "must be at most 100") BigDecimal taxRate) {

	/** A free-text line, as other modules (rentals: days of hire, late fees) create them. */
	public static LineInput of(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate) {
		return new LineInput(null, description, quantity, unitPrice, null, null, taxRate);
	}

}
