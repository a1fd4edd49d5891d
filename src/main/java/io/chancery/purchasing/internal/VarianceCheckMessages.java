package io.chancery.purchasing.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.chancery.workflow.ProcessMessages;
import io.chancery.workflow.ProcessVariables;

/**
 * Starts the variance check in the engine after the receipt or invoice committed. The listener is
 * retried from the event publication registry; the message id and the message start event's
 * correlation key keep a repeated publish from starting a second check.
 */
@Component
class VarianceCheckMessages {

	private static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);

	private final ProcessMessages messages;

	VarianceCheckMessages(ProcessMessages messages) {
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(VarianceCheckRequested requested) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(ProcessVariables.COMPANY_ID, requested.companyId());
		variables.put(ProcessVariables.BUSINESS_KEY, requested.orderNumber());
		variables.put("purchaseOrderId", requested.purchaseOrderId());
		variables.put("varianceCheckId", requested.varianceCheckId());
		variables.put("orderNumber", requested.orderNumber());
		variables.put("supplierName", requested.supplierName());
		variables.put("findings", requested.findings());
		messages.publishOnce(PurchasingProcess.CHECK_REQUESTED, String.valueOf(requested.varianceCheckId()),
				"variance-check-" + requested.varianceCheckId(), TIME_TO_LIVE, variables);
	}

}
