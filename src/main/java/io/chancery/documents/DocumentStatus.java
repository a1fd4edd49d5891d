package io.chancery.documents;

public enum DocumentStatus {

	/** Current and not yet inside its type's expiring window. */
	VALID,
	/** Current, expiry within the type's window (today included). */
	EXPIRING,
	/** Current, expiry date passed. */
	EXPIRED,
	/** Someone is renewing it. */
	IN_RENEWAL,
	/** Replaced by a newer version (its renewal). */
	SUPERSEDED

}
