package io.chancery.rentals;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reservation: which customer hires which items, from when until when, delivered where. */
public record NewRental(@NotNull Long customerId, @NotEmpty @Size(max = 50) List<Long> equipmentIds,
		@NotNull LocalDate startDate, @NotNull LocalDate dueDate, @Size(max = 500) String deliveryAddress) {
}
