package io.chancery.workflow.internal;

import java.util.Map;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Embedded mode: the in-memory engine starts in the background as soon as the bean factory is set
 * up, beside the rest of the application (it takes seconds), and the Camunda client is pointed at
 * its port. From there on the app talks to it over gRPC like to any cluster.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "chancery.engine.mode", havingValue = "embedded", matchIfMissing = true)
class EmbeddedEngineConfiguration {

	static final String ENGINE_BEAN = "embeddedZeebeEngine";

	@Bean
	static BeanFactoryPostProcessor startEmbeddedEngine(ConfigurableEnvironment environment) {
		return beanFactory -> {
			EmbeddedZeebeEngine engine = EmbeddedZeebeEngine
				.startInBackground(environment.getProperty("chancery.engine.port", Integer.class, 0));
			environment.getPropertySources().addFirst(new MapPropertySource("embedded-engine",
					Map.of("camunda.client.grpc-address", "http://" + engine.address())));
			beanFactory.registerSingleton(ENGINE_BEAN, engine);
			((DefaultListableBeanFactory) beanFactory).registerDisposableBean(ENGINE_BEAN, engine::stop);
		};
	}

	@Bean
	EngineRun engineRun(EmbeddedZeebeEngine engine) {
		return engine.run();
	}

}
