package io.chancery.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on a random port: embedded engine, real PostgreSQL (see
 * {@link TestDatabase}), dev SMTP server and demo data. All such tests share one context.
 * The notification outbox is sent only when a test runs its dispatcher, so tests can look at
 * e-mail recorded but not yet sent; a run sends the whole backlog, as other tests' escalations
 * queue mail too. Engine commands may take up to a minute: when a test moves the shared dev clock by
 * days, every timer of every test's instances fires at once and the engine is busy for a while.
 * Every test calls from 127.0.0.1, so the per-address and per-user rate limits are raised far above
 * what one test needs; rate-limit tests take a client address of their own through X-Forwarded-For,
 * which Tomcat trusts from 127.0.0.1 here (server.forward-headers-strategy=native).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "chancery.notifications.dispatch-interval=1d", "chancery.notifications.batch-size=100000", "camunda.client.request-timeout=PT60S", "spring.jpa.hibernate.ddl-auto=validate",
		"server.forward-headers-strategy=native", "chancery.rate-limits.login-per-minute=150", "chancery.rate-limits.links-per-minute=1000",
		"chancery.rate-limits.files-per-minute=1000", "chancery.rate-limits.api-per-minute=100000" })
public @interface ChanceryIntegrationTest {
}
