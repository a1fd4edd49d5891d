package io.chancery.devtools.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;

import io.chancery.shared.RunMode;
import io.chancery.workflow.EngineClock;

/** The dev clock exists only in embedded mode with demo data: never where real work is done. */
@Configuration(proxyBeanMethods = false)
@Conditional(DevClockConfiguration.Enabled.class)
class DevClockConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DevClockConfiguration.class);

	@Bean
	@Primary
	DevClock devClock(EngineClock engine) {
		log.warn("Dev clock active: POST /api/v1/dev/clock moves application and engine time forward");
		return new DevClock(Clock.systemUTC(), engine);
	}

	static class Enabled implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return RunMode.embedded(context.getEnvironment()) && RunMode.demoData(context.getEnvironment());
		}

	}

}
