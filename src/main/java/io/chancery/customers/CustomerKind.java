package io.chancery.customers;

public enum CustomerKind {

	/** A person: name, nationality, date of birth. */
	INDIVIDUAL,
	/** A company with a trade licence, a contact person and employees. */
	ORGANISATION

}
