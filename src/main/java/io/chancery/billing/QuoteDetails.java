package io.chancery.billing;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.chancery.shared.MaxLines;

/** The JSON body that creates or changes a draft quote. */
public record QuoteDetails(@NotNull Long customerId, @NotNull LocalDate validUntil, @Size(max = 4000) String notes,
		@Size(max = 4000) String terms, @NotNull @Size(min = 1) @MaxLines List<@Valid @NotNull LineInput> lines) {
}
