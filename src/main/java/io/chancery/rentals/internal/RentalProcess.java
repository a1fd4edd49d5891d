package io.chancery.rentals.internal;

/** Names shared between bpmn/rental.bpmn, dmn/late-fees.dmn and the code. */
final class RentalProcess {

	static final String PROCESS_ID = "rental";

	static final String READ_STATUS = "chancery.rentals.read-status";

	static final String MARK_RENTED = "chancery.rentals.mark-rented";

	static final String CHECK_OVERDUE = "chancery.rentals.check-overdue";

	static final String ACCRUE_LATE_FEES = "chancery.rentals.accrue-late-fees";

	static final String NOTIFY_OVERDUE = "chancery.rentals.notify-overdue";

	static final String CLOSE = "chancery.rentals.close";

	/** Starts the process; correlation key = rental id, so one process runs per rental. */
	static final String RESERVED = "rental-reserved";

	/** The items were handed over on the check-out screen (ends the check-out task). */
	static final String CHECKED_OUT = "rental-checked-out";

	static final String SIGNED = "delivery-order-signed";

	/** The last item came back (ends the on-rent phase). */
	static final String RETURNED = "rental-returned";
	static final String CANCELLED = "rental-cancelled";

	private RentalProcess() {
	}

}
