package io.chancery.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change to money or documents for the company-wide audit log, published by the module that owns the
 * data, in the transaction of the change, where no domain event of its own already says it. The log adds
 * who (the signed-in user, a customer's link, or the system), when (the app clock) and from which address.
 *
 * @param entityType what changed, e.g. "INVOICE"
 * @param action what happened to it, e.g. "PAYMENT_RECORDED" or the status it moved to
 * @param actor whom the module names (an e-mail, "invoice process"): the log's actor when nobody is
 *     signed in on this thread
 * @param details small facts of the change (amounts, statuses, reasons); never secrets
 */
public record AuditedChange(long companyId, String entityType, Long entityId, String action, String actor,
		String summary, Map<String, Object> details) {

	public AuditedChange {
		// in the order given, and null values allowed (a payment without a reference)
		details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
	}

}
