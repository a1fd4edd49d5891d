package io.chancery.customers;

/** The identification a MyInvois buyer is known by besides the TIN. */
public enum CustomerIdType {
	BRN, NRIC, PASSPORT, ARMY
}
