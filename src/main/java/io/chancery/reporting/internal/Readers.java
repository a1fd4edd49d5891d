package io.chancery.reporting.internal;

/** Who reads reports and exports of the whole company (staff see only their own figures). */
final class Readers {

	static final String COMPANY = "hasAnyRole('ADMIN','MANAGER','ANALYST')";

	static final String ANYONE = "isAuthenticated()";

	private Readers() {
	}

}
