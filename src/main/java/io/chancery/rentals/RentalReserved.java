package io.chancery.rentals;

/** A rental was reserved; the rental process starts from it. */
public record RentalReserved(long companyId, long rentalId) {
}
