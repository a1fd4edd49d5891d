package io.chancery.reporting.internal;

/**
 * A current document's status as SQL over the alias {@code d} and the parameter {@code :today}, in
 * step with {@code io.chancery.documents.Document#status}: the same rules, evaluated in the database
 * so counts over a million documents are one aggregate query.
 */
final class DocumentStatusSql {

	/** Only current documents have a status worth counting; superseded versions are history. */
	static final String CURRENT = "d.superseded_at is null";

	static final String STATUS = """
			case when d.renewal_started_at is not null then 'IN_RENEWAL'
			     when d.expiry_date is null then 'VALID'
			     when d.expiry_date < :today then 'EXPIRED'
			     when d.expiring_from > :today then 'VALID'
			     else 'EXPIRING' end""";

	private DocumentStatusSql() {
	}

}
