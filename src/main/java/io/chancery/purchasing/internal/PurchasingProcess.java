package io.chancery.purchasing.internal;

/** Names shared between bpmn/purchase-order.bpmn, dmn/delivery-tolerance.dmn and the code. */
final class PurchasingProcess {

	static final String PROCESS_ID = "purchase-order";

	static final String DECISION_ID = "delivery-tolerance";

	/** Starts a variance check; correlation key = the check's id, so each check runs once. */
	static final String CHECK_REQUESTED = "purchase-variance-check-requested";

	static final String RECORD_DECISIONS = "chancery.purchasing.record-variance-decisions";

	static final String APPLY_REVIEW = "chancery.purchasing.apply-variance-review";

	static final String REVIEW_FORM_ID = "purchase-variance-review";

	static final String REVIEW_TASK_ID = "review-variance";

	private PurchasingProcess() {
	}

}
