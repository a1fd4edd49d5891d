package io.chancery.rentals;

/** An item's condition, as found at check-in; the last two send it to maintenance. */
public enum ItemCondition {

	GOOD, WORN, DAMAGED, NEEDS_CALIBRATION;

	public boolean needsMaintenance() {
		return this == DAMAGED || this == NEEDS_CALIBRATION;
	}

}
