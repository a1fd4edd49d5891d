package io.chancery.billing;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.chancery.shared.MaxLines;

/**
 * A credit note as staff give it: a reason and either lines (priced like invoice lines) or an amount
 * before tax with its tax rate (0 when none is given):
 * {@code {"reason":"…","lines":[…]}} or {@code {"reason":"…","amount":50.00,"taxRate":8}}.
 */
public record CreditNoteInput(@NotBlank @Size(max = 300) String reason, @Valid @MaxLines List<LineInput> lines,
		@DecimalMin(value = "0", inclusive = false, message = "must be more than 0") @Digits(integer = 13, fraction = 4) BigDecimal amount,
		@DecimalMin(value = "0", message = "must not be negative") @DecimalMax(value = "100", message = "must be at most 100") BigDecimal taxRate) {
}
