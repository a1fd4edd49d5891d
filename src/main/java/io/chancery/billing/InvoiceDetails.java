package io.chancery.billing;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.chancery.shared.MaxLines;

/**
 * The JSON body that creates or changes a draft invoice. {@code currency} (ISO 4217) defaults to the
 * company's; {@code exchangeRate} is what one unit of it is worth in the company's currency (MyInvois
 * needs it for an invoice not in MYR). Both are read when the draft is created.
 */
public record InvoiceDetails(@NotNull Long customerId, @Size(max = 4000) String notes,
		@NotNull @Size(min = 1) @MaxLines List<@Valid @NotNull LineInput> lines,
		@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency,
		@DecimalMin(value = "0", inclusive = false, message = "must be more than 0") @Digits(integer = 11, fraction = 8) BigDecimal exchangeRate) {
}
