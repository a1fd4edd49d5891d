package io.chancery.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The shipped dmn/delivery-tolerance.dmn for tests that change it: they share one engine with the
 * other purchasing tests, so each puts the shipped table back when done.
 */
public final class DeliveryTolerance {

	public static final String RESOURCE = "delivery-tolerance.dmn";

	private DeliveryTolerance() {
	}

	public static byte[] shipped() {
		try (InputStream in = DeliveryTolerance.class.getResourceAsStream("/dmn/" + RESOURCE)) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The shipped table with the short-delivery tolerance raised from 1 % to {@code percent} %. */
	public static byte[] shortTolerance(int percent) {
		String table = new String(shipped(), StandardCharsets.UTF_8);
		String rule = "<inputEntry id=\"rule-short-accept-percent\"><text>&lt;= 1</text></inputEntry>";
		assertThat(table).contains(rule);
		return table.replace(rule, rule.replace("&lt;= 1", "&lt;= " + percent)).getBytes(StandardCharsets.UTF_8);
	}

	/** Deploys a table as a manager does from the model editor. */
	public static void deploy(int port, byte[] table, String comment) {
		ApiClient.Response response = ApiClient.as(port, "manager@demo.chancery", "demo")
			.upload("/api/v1/deployments?comment=" + comment.replace(' ', '+'), "file", RESOURCE, table);
		assertThat(response.status()).as(response.body()).isIn(200, 201);
	}

	public static void restore(int port) {
		deploy(port, shipped(), "restored by a test");
	}

}
