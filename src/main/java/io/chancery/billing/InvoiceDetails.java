package io.chancery.billing;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.chancery.shared.MaxLines;

/** The JSON body that creates or changes a draft invoice. */
public record InvoiceDetails(@NotNull Long customerId, @Size(max = 4000) String notes,
		@NotNull @Size(min = 1) @MaxLines List<@Valid @NotNull LineInput> lines) {
}
