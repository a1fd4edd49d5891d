package io.chancery.einvoice.internal;

import java.time.Duration;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import io.chancery.einvoice.EInvoiceSource;

/**
 * Messages of the submission process. A request starts one instance per source: the engine starts no
 * second instance for a correlation key whose instance is still active, and refuses a repeated
 * message id while the first is buffered, so a redelivered event submits nothing twice.
 */
@Component
public class EInvoiceMessages {

	private static final Duration TIME_TO_LIVE = Duration.ofHours(1);

	private final CamundaClient client;

	EInvoiceMessages(CamundaClient client) {
		this.client = client;
	}

	public void request(long companyId, EInvoiceSource source, long sourceId, String businessKey) {
		String key = source.name() + "-" + sourceId;
		try {
			client.newPublishMessageCommand()
				.messageName("einvoice-requested")
				.correlationKey(key)
				.messageId("einvoice-requested-" + companyId + "-" + key)
				.timeToLive(TIME_TO_LIVE)
				.variables(Map.of("companyId", companyId, "sourceType", source.name(), "sourceId", sourceId,
						"businessKey", businessKey))
				.send()
				.join();
		}
		catch (ClientStatusException e) {
			if (e.getStatusCode() != Status.Code.ALREADY_EXISTS) {
				throw e;
			}
			// the same request is already on its way: the event was delivered twice
		}
	}

	/** Ends the process's wait for a cancellation. */
	void cancelled(long einvoiceId) {
		client.newPublishMessageCommand()
			.messageName(EInvoiceProcess.CANCELLED)
			.correlationKey(String.valueOf(einvoiceId))
			.messageId("einvoice-cancelled-" + einvoiceId)
			.timeToLive(TIME_TO_LIVE)
			.send()
			.join();
	}

}
