package io.chancery.expiry.internal;

/** Names shared between the expiry BPMN files and the code: job types, messages, process ids. */
final class ExpiryProcess {

	static final String SCAN_PROCESS_ID = "document-expiry-scan";

	static final String RENEWAL_PROCESS_ID = "document-renewal";

	static final String SCAN_DUE_COMPANIES = "chancery.expiry.scan-due-companies";

	static final String MARK_IN_RENEWAL = "chancery.expiry.mark-in-renewal";

	static final String CANCEL_RENEWAL = "chancery.expiry.cancel-renewal";

	/** Starts a renewal; correlation key = document id, so one renewal runs per document at a time. */
	static final String RENEWAL_REQUESTED = "document-renewal-requested";

	/** A renewed version was registered; correlation key = the renewed (old) document's id. */
	static final String DOCUMENT_RENEWED = "document-renewed";

	/** Who the document audit names when the process, not a person, changed a document. */
	static final String ACTOR = "renewal process";

	private ExpiryProcess() {
	}

}
