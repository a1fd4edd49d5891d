package io.chancery.documents;

/** Filters of the document list; null means "any". */
public record DocumentSearch(Integer expiringWithin, String typeCode, Long customerId, Long employeeId,
		DocumentStatus status) {

	public static DocumentSearch all() {
		return new DocumentSearch(null, null, null, null, null);
	}

}
