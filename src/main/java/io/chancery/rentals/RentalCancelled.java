package io.chancery.rentals;

/** A reservation was cancelled before check-out; its process ends. */
public record RentalCancelled(long companyId, long rentalId) {
}
