package io.chancery.rentals;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An item handed over, with the serial staff scanned or typed (optional: the registered one is assumed). */
public record CheckOutItem(@NotNull Long equipmentId, @Size(max = 100) String serialNumber) {
}
