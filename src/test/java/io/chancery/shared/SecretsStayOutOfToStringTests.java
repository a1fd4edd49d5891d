package io.chancery.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.unit.DataSize;

/**
 * Records print every component in {@code toString()}, and a record in a log line or an exception
 * message would print its secrets with it. Every record of the application with a component named
 * like a secret (password, secret, access key, private key, .p12) is built with marked values, and
 * its {@code toString()} must not show them.
 */
class SecretsStayOutOfToStringTests {

	private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|accesskey|privatekey|p12).*");

	/** Records whose secret components only ever say whether a secret is set (see their factories). */
	private static final List<String> ONLY_SET_OR_NOT = List.of("io.chancery.einvoice.internal.SettingsView",
			"io.chancery.einvoice.internal.SettingsView$CertificateView");

	private static final String MARKER = "MARKED-SECRET-42";

	@Test
	void noRecordPrintsItsSecrets() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter((reader, factory) -> "java.lang.Record".equals(reader.getClassMetadata().getSuperClassName()));
		Map<String, String> leaks = new TreeMap<>();
		List<String> checked = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("io.chancery")) {
			Class<?> type = Class.forName(candidate.getBeanClassName());
			RecordComponent[] components = type.getRecordComponents();
			List<RecordComponent> secrets = List.of(components).stream().filter(c -> SECRET_NAME.matcher(c.getName()).matches()).toList();
			if (secrets.isEmpty() || ONLY_SET_OR_NOT.contains(type.getName())) {
				continue;
			}
			Object[] values = new Object[components.length];
			List<String> markers = new ArrayList<>();
			for (int i = 0; i < components.length; i++) {
				values[i] = sample(components[i], markers);
			}
			var constructor = type.getDeclaredConstructor(List.of(components).stream().map(RecordComponent::getType).toArray(Class[]::new));
			constructor.setAccessible(true);
			String printed = constructor.newInstance(values).toString();
			checked.add(type.getName());
			markers.stream().filter(printed::contains).findFirst().ifPresent(marker -> leaks.put(type.getName(), printed));
		}
		assertThat(checked).as("records with secrets found").isNotEmpty();
		System.out.println("Records with secret components checked: " + checked);
		assertThat(leaks).as("records whose toString() shows a secret").isEmpty();
	}

	/** A marked value for secret components of a type that can carry one; something valid for the rest. */
	private static Object sample(RecordComponent component, List<String> markers) throws Exception {
		boolean secret = SECRET_NAME.matcher(component.getName()).matches();
		Class<?> type = component.getType();
		if (type == String.class) {
			String value = secret ? MARKER + component.getName() : "value";
			if (secret) {
				markers.add(value);
			}
			return value;
		}
		if (type == char[].class || type == byte[].class) {
			String value = MARKER + component.getName();
			markers.add(value);
			return type == char[].class ? value.toCharArray() : value.getBytes(StandardCharsets.UTF_8);
		}
		if (PrivateKey.class.isAssignableFrom(type)) {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			RSAPrivateKey key = (RSAPrivateKey) generator.generateKeyPair().getPrivate();
			markers.add(key.getPrivateExponent().toString());
			markers.add(key.getPrivateExponent().toString(16));
			return key;
		}
		if (type == Duration.class) {
			return Duration.ofMinutes(1);
		}
		if (type == DataSize.class) {
			return DataSize.ofMegabytes(1);
		}
		if (type == URI.class) {
			return URI.create("https://example.com/");
		}
		if (type == BigInteger.class) {
			return BigInteger.ONE;
		}
		if (type.isEnum()) {
			return type.getEnumConstants()[0];
		}
		if (type == boolean.class) {
			return false;
		}
		return primitive(type);
	}

	/** One of the primitive type (boxed), or null for any other type. */
	private static Object primitive(Class<?> type) {
		return switch (type.getName()) {
			case "int" -> 1;
			case "long" -> 1L;
			case "double" -> 1d;
			case "float" -> 1f;
			case "short" -> (short) 1;
			case "byte" -> (byte) 1;
			case "char" -> 'x';
			default -> null;
		};
	}

}
