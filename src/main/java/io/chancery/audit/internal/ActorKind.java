package io.chancery.audit.internal;

/** Who is behind an audit entry. */
public enum ActorKind {

	/** A signed-in user (the entry has the user's id). */
	USER,
	/** A customer acting through a public link (quote approval, portal, signing page). */
	CUSTOMER,
	/** A process, a scheduled job or start-up (demo data). */
	SYSTEM,
	/** Someone who tried to sign in and failed: the name is the e-mail they typed. */
	ANONYMOUS

}
