package io.chancery.rentals;

/** The last item of a rental came back. */
public record RentalReturned(long companyId, long rentalId) {
}
