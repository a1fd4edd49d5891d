package io.chancery.einvoice.internal;

import java.time.Duration;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.chancery.einvoice.EInvoiceSource;
import io.chancery.workflow.ProcessMessages;

/**
 * Messages of the submission process. A request starts one instance per source: the engine starts no
 * second instance for a correlation key whose instance is still active, and refuses a repeated
 * message id while the first is buffered, so a redelivered event submits nothing twice.
 */
@Component
public class EInvoiceMessages {

	private static final Duration TIME_TO_LIVE = Duration.ofHours(1);

	private final ProcessMessages messages;

	EInvoiceMessages(ProcessMessages messages) {
		this.messages = messages;
	}

	public void request(long companyId, EInvoiceSource source, long sourceId, String businessKey) {
		String key = source.name() + "-" + sourceId;
		messages.publishOnce("einvoice-requested", key, "einvoice-requested-" + companyId + "-" + key, TIME_TO_LIVE,
				Map.of("companyId", companyId, "sourceType", source.name(), "sourceId", sourceId, "businessKey",
						businessKey));
	}

	/** Ends the process's wait for a cancellation. */
	void cancelled(long einvoiceId) {
		messages.publishOnce(EInvoiceProcess.CANCELLED, String.valueOf(einvoiceId), "einvoice-cancelled-" + einvoiceId,
				TIME_TO_LIVE, Map.of());
	}

}
