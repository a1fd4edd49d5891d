package io.chancery.workflow;

import java.time.Duration;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;

/**
 * Publishes messages to processes, once per message id. Publishing is a side effect of a committed
 * change, run again whenever its event is delivered again (a retry, the event registry after a
 * crash); while the engine still buffers a message of the same name and id it refuses the repeat
 * with ALREADY_EXISTS, which means the message is on its way: delivered, not failed.
 */
@Service
public class ProcessMessages {

	private final CamundaClient client;

	ProcessMessages(CamundaClient client) {
		this.client = client;
	}

	/**
	 * Publishes {@code name} for {@code correlationKey}; {@code messageId} must name the one change
	 * this message reports, so that a repeat is recognised. {@code timeToLive}: how long the engine
	 * keeps the message for an instance that does not wait for it yet (and recognises repeats).
	 */
	public void publishOnce(String name, String correlationKey, String messageId, Duration timeToLive,
			Map<String, ?> variables) {
		try {
			client.newPublishMessageCommand()
				.messageName(name)
				.correlationKey(correlationKey)
				.messageId(messageId)
				.timeToLive(timeToLive)
				.variables(variables)
				.send()
				.join();
		}
		catch (ClientStatusException e) {
			if (e.getStatusCode() != Status.Code.ALREADY_EXISTS) {
				throw e;
			}
		}
	}

}
