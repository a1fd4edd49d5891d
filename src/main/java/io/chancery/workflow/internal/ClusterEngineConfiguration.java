package io.chancery.workflow.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Cluster mode: the Camunda client connects through the standard camunda.client.* settings. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "chancery.engine.mode", havingValue = "cluster")
class ClusterEngineConfiguration {

	@Bean
	EngineRun engineRun() {
		return EngineRun.CLUSTER;
	}

}
