package io.chancery.rentals;

/** Where an item is now. RESERVED: booked and not yet out; RETIRED items are never booked again. */
public enum EquipmentStatus {

	AVAILABLE, RESERVED, RENTED, MAINTENANCE, RETIRED

}
