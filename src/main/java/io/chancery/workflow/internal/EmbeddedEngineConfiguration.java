package io.chancery.workflow.internal;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Embedded mode: the engine starts in the background as soon as the bean factory is set up, beside
 * the rest of the application (it takes seconds), and the Camunda client is pointed at its port.
 * From there on the app talks to it over gRPC like to any cluster. It is durable unless
 * {@code chancery.engine.durable=false}: its log is kept in {@code chancery.engine.log-dir}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "chancery.engine.mode", havingValue = "embedded", matchIfMissing = true)
class EmbeddedEngineConfiguration {

	static final String ENGINE_BEAN = "embeddedZeebeEngine";

	@Bean
	static BeanFactoryPostProcessor startEmbeddedEngine(ConfigurableEnvironment environment) {
		return beanFactory -> {
			int port = environment.getProperty("chancery.engine.port", Integer.class, 0);
			EmbeddedZeebeEngine engine = environment.getProperty("chancery.engine.durable", Boolean.class, true)
					? EmbeddedZeebeEngine.startInBackground(port, logDirectory(environment),
							environment.getProperty("chancery.engine.log-fsync", Boolean.class, true))
					: EmbeddedZeebeEngine.startInBackground(port);
			environment.getPropertySources().addFirst(new MapPropertySource("embedded-engine",
					Map.of("camunda.client.grpc-address", "http://" + engine.address())));
			// Every poll for jobs is a command and an event in the engine's log (this engine has no long
			// polling): 25 workers polling every 100 ms wrote hundreds of log entries a second, all kept
			// and replayed at start. Jobs are pushed to workers over streams instead (also jobs that time
			// out, fail with retries or are released at start); polling remains as a fallback for jobs
			// created while a worker's stream was not open yet. Defaults: application properties decide.
			environment.getPropertySources().addLast(new MapPropertySource("embedded-engine-workers",
					Map.of("camunda.client.worker.defaults.stream-enabled", "true",
							"camunda.client.worker.defaults.poll-interval", "PT1M")));
			beanFactory.registerSingleton(ENGINE_BEAN, engine);
			((DefaultListableBeanFactory) beanFactory).registerDisposableBean(ENGINE_BEAN, engine::stop);
		};
	}

	/** {@code chancery.engine.log-dir}, by default the folder engine in the data folder. */
	private static Path logDirectory(ConfigurableEnvironment environment) {
		String configured = environment.getProperty("chancery.engine.log-dir", "");
		return configured.isBlank() ? Path.of(environment.getRequiredProperty("chancery.data-dir"), "engine")
				: Path.of(configured);
	}

	@Bean
	EngineRun engineRun(EmbeddedZeebeEngine engine) {
		return engine.run();
	}

}
