package io.chancery.rentals;

/** The items left with the customer; the delivery order waits for the customer's signature. */
public record RentalCheckedOut(long companyId, long rentalId) {
}
