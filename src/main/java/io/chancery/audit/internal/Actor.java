package io.chancery.audit.internal;

import java.util.Locale;

/** Who an audit entry names. */
record Actor(ActorKind kind, Long userId, String name) {

	static final String CUSTOMER_VIA_LINK = "customer via link";

	static final String SYSTEM = "system";

	Actor {
		name = name == null || name.isBlank() ? kind.name().toLowerCase(Locale.ROOT) : name.strip();
		if (name.length() > 254) {
			name = name.substring(0, 254);
		}
	}

}
