package io.chancery.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A payment as staff record it: {@code {"amount":…,"date":…,"method":…,"reference":…}}. */
public record PaymentInput(
		@NotNull @DecimalMin(value = "0", inclusive = false, message = "must be more than 0") @Digits(integer = 13, fraction = 4) BigDecimal amount,
		@NotNull LocalDate date, @NotBlank @Size(max = 30) String method, @Size(max = 200) String reference) {
}
