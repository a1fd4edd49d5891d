package io.chancery.tenancy;

/** What a user may do. User-task candidate groups in BPMN use these names. */
public enum Role {

	ADMIN, MANAGER, STAFF, ANALYST;

	public String authority() {
		return "ROLE_" + name();
	}

}
