package io.chancery.billing;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An internal cost of an invoice. */
public record ExpenseInput(@NotBlank @Size(max = 500) String description,
		@NotNull @DecimalMin(value = "0", inclusive = false, message = "must be more than 0") @Digits(integer = 13, fraction = 4) BigDecimal amount,
		@Size(max = 200) String supplier) {
}
