package io.chancery.monitoring.internal;

import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.Role;

/**
 * Whose instances someone may see: their company's, and, for analysts and admins, the system's
 * (instances without a company, such as the timer-started expiry scan, which works for all companies
 * and holds no company's data).
 */
record Viewer(long companyId, boolean seesSystemInstances) {

	static Viewer of(ChanceryUser user) {
		return new Viewer(user.companyId(), user.hasRole(Role.ANALYST) || user.hasRole(Role.ADMIN));
	}

}
