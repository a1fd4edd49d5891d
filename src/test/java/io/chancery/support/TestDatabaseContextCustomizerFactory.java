package io.chancery.support;

import java.util.List;
import java.util.Map;

import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Points every Spring test context at {@link TestDatabase}, whatever the test class says, so no
 * persistence test can silently run on H2. The embedded engine's log belongs with the database, so
 * each test run's schema gets its own.
 */
class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
		return new TestDatabaseCustomizer();
	}

	private record TestDatabaseCustomizer() implements ContextCustomizer {

		@Override
		public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
				org.springframework.test.context.MergedContextConfiguration config) {
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("chancery-test-database",
					Map.of("spring.datasource.url", TestDatabase.url(), "spring.datasource.username",
							TestDatabase.username(), "spring.datasource.password", TestDatabase.password(),
							"spring.flyway.default-schema", TestDatabase.schema(), "chancery.data-dir",
							"target/test-data", "chancery.engine.log-dir", "target/test-data/engine/" + TestDatabase.schema())));
		}

	}

}
