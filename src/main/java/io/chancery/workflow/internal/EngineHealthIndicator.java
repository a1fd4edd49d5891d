package io.chancery.workflow.internal;

import java.time.Duration;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.Topology;

/** "engine" in /actuator/health: UP when the gateway answers a topology request. */
@Component("engine")
class EngineHealthIndicator extends AbstractHealthIndicator {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final CamundaClient client;

	private final EngineRun run;

	EngineHealthIndicator(CamundaClient client, EngineRun run) {
		super("Engine topology request failed");
		this.client = client;
		this.run = run;
	}

	@Override
	protected void doHealthCheck(Health.Builder health) {
		Topology topology = client.newTopologyRequest().requestTimeout(TIMEOUT).send().join(TIMEOUT.toSeconds(),
				java.util.concurrent.TimeUnit.SECONDS);
		health.up()
			.withDetail("mode", run.embedded() ? "embedded" : "cluster")
			.withDetail("brokers", topology.getBrokers().size())
			.withDetail("gatewayVersion", topology.getGatewayVersion());
	}

}
