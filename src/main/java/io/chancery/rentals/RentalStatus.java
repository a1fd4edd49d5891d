package io.chancery.rentals;

/**
 * RESERVED → AWAITING_SIGNATURE (checked out) → RENTED (delivery order signed) → RETURNED (all back);
 * or RESERVED → CANCELLED before anything went out.
 */
public enum RentalStatus {

	RESERVED, AWAITING_SIGNATURE, RENTED, RETURNED, CANCELLED

}
