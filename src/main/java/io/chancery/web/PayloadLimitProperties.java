package io.chancery.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code chancery.payload.*}: how much JSON a request may send. Uploads are limited by
 * {@code chancery.storage.max-file-size} and {@code spring.servlet.multipart.*}, form posts by
 * {@code server.tomcat.max-http-form-post-size}.
 *
 * @param maxJsonSize largest JSON request body
 * @param maxJsonDepth deepest nesting of objects and arrays
 * @param maxJsonStringLength longest string value or field name, in characters
 */
@ConfigurationProperties("chancery.payload")
record PayloadLimitProperties(@DefaultValue("1MB") DataSize maxJsonSize, @DefaultValue("32") int maxJsonDepth,
		@DefaultValue("100000") int maxJsonStringLength) {
}
