package io.chancery.einvoice.internal;

/** Names shared between bpmn/einvoice-submission.bpmn, bpmn/einvoice-consolidation.bpmn and the code. */
final class EInvoiceProcess {

	static final String PROCESS_ID = "einvoice-submission";

	static final String PREPARE = "chancery.einvoice.prepare";

	static final String SUBMIT = "chancery.einvoice.submit";

	static final String POLL = "chancery.einvoice.poll";

	static final String CONSOLIDATION_PROCESS_ID = "einvoice-consolidation";

	static final String CONSOLIDATE = "chancery.einvoice.consolidate";

	/** Published when a valid e-invoice was cancelled; correlation key = the e-invoice's id. */
	static final String CANCELLED = "einvoice-cancelled";

	private EInvoiceProcess() {
	}

}
