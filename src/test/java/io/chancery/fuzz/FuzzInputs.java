package io.chancery.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Bad inputs for one OpenAPI operation, drawn from a seeded {@link Random} so a failure can be
 * replayed: malformed JSON, a valid-looking body with one field replaced by a wrong type, an extreme
 * number, a huge or odd Unicode string, or removed; random JSON; and odd path and query values.
 */
final class FuzzInputs {

	static final ObjectMapper JSON = new ObjectMapper();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** Bodies no JSON parser accepts, or only just: each must be a 400, never a 500. */
	static final List<byte[]> MALFORMED_BODIES = List.of(bytes(""), bytes("{"), bytes("}"), bytes("[1,"),
			bytes("{\"a\":"), bytes("nul"), bytes("'single'"), bytes("{\"a\":1,}"), bytes("{\"a\" 1}"),
			bytes("\"text\""), bytes("42"), bytes("[]"), bytes("null"), bytes("\uFEFF{}"),
			new byte[] { '{', '"', (byte) 0xC3, 0x28, '"', ':', '1', '}' }, // invalid UTF-8
			bytes("[".repeat(5000) + "]".repeat(5000)), // deeper than any parser should follow
			bytes("{\"a\":\"" + "x".repeat(300_000) + "\"}"));

	/** Strings people or scripts send: empty, blank, control and zero-width characters, other scripts, emoji, markup. */
	static final List<String> ODD_STRINGS = List.of("", "   ", "\u0000", "a\u0000b", "\t\n\r", "\u200F\u202Etxt.exe",
			"زبون عربي", "客户名称", "Ünïcødé Ωμέγα", "🙂👍🏽", "\uD800", "<script>alert(1)</script>", "' or 1=1 --",
			"../../etc/passwd", "%00", "${jndi:ldap://x}", "9".repeat(400), "x".repeat(70_000));

	/** Numbers at the edges of every type a field may be mapped to. */
	static final List<JsonNode> EXTREME_NUMBERS = List.of(NODES.numberNode(-1), NODES.numberNode(0),
			NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
			NODES.numberNode(new java.math.BigDecimal("1E+400")), NODES.numberNode(new java.math.BigDecimal("1E-400")),
			NODES.numberNode(-1.5e308), NODES.numberNode(0.1234567890123));

	/** Path and query values of every wrong kind. */
	static final List<String> ODD_PARAMETERS = List.of("abc", "-1", "0", "99999999999999999999", "1.5", "1e400", "%00",
			"%F0%9F%99%82", "..%2F..%2Fetc", "%27%20or%201%3D1", "2026-13-45", "0000-00-00", "99999-01-01", "true", "null",
			"x".repeat(5000));

	private final Random random;

	private final JsonNode components;

	FuzzInputs(long seed, JsonNode apiDocs) {
		this.random = new Random(seed);
		this.components = apiDocs.path("components").path("schemas");
	}

	/** A body that satisfies the schema's shape as far as a generator can: the base the mutations start from. */
	JsonNode plausible(JsonNode schema, int depth) {
		JsonNode resolved = resolve(schema);
		if (resolved.has("enum")) {
			return resolved.get("enum").get(0);
		}
		String type = resolved.path("type").asText(resolved.has("properties") ? "object" : "string");
		return switch (type) {
			case "object" -> {
				ObjectNode object = NODES.objectNode();
				if (depth < 4) {
					resolved.path("properties").properties().forEach(property -> object.set(property.getKey(),
							plausible(property.getValue(), depth + 1)));
				}
				yield object;
			}
			case "array" -> {
				ArrayNode array = NODES.arrayNode();
				if (depth < 4) {
					array.add(plausible(resolved.path("items"), depth + 1));
				}
				yield array;
			}
			case "integer" -> NODES.numberNode(1 + random.nextInt(5));
			case "number" -> NODES.numberNode(1.5);
			case "boolean" -> NODES.booleanNode(true);
			default -> NODES.textNode(switch (resolved.path("format").asText()) {
				case "date" -> "2026-11-21";
				case "date-time" -> "2026-11-21T10:00:00Z";
				case "email" -> "fuzz@example.com";
				default -> "fuzz";
			});
		};
	}

	/** The plausible body with one property changed in every way a sloppy or hostile client might. */
	List<JsonNode> mutations(JsonNode plausible, int limit) {
		List<JsonNode> bodies = new ArrayList<>();
		if (!(plausible instanceof ObjectNode object) || object.isEmpty()) {
			return bodies;
		}
		List<String> fields = new ArrayList<>();
		object.fieldNames().forEachRemaining(fields::add);
		while (bodies.size() < limit) {
			String field = fields.get(random.nextInt(fields.size()));
			ObjectNode mutated = object.deepCopy();
			switch (random.nextInt(6)) {
				case 0 -> mutated.remove(field);
				case 1 -> mutated.set(field, EXTREME_NUMBERS.get(random.nextInt(EXTREME_NUMBERS.size())));
				case 2 -> mutated.put(field, ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size())));
				case 3 -> mutated.set(field, wrongType(object.get(field)));
				case 4 -> mutated.putNull(field);
				default -> mutated.set(field, randomValue(3));
			}
			bodies.add(mutated);
		}
		return bodies;
	}

	/** Any JSON at all, nested a little. */
	JsonNode randomValue(int depth) {
		int kind = random.nextInt(depth > 0 ? 7 : 5);
		return switch (kind) {
			case 0 -> NODES.nullNode();
			case 1 -> NODES.booleanNode(random.nextBoolean());
			case 2 -> NODES.numberNode(random.nextLong() >> random.nextInt(64));
			case 3 -> NODES.numberNode(random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20));
			case 4 -> NODES.textNode(randomText());
			case 5 -> {
				ArrayNode array = NODES.arrayNode();
				for (int i = random.nextInt(4); i > 0; i--) {
					array.add(randomValue(depth - 1));
				}
				yield array;
			}
			default -> {
				ObjectNode object = NODES.objectNode();
				for (int i = random.nextInt(4); i > 0; i--) {
					object.set(randomText(), randomValue(depth - 1));
				}
				yield object;
			}
		};
	}

	String oddParameter() {
		return ODD_PARAMETERS.get(random.nextInt(ODD_PARAMETERS.size()));
	}

	String plausibleId() {
		return String.valueOf(1 + random.nextInt(5000));
	}

	private JsonNode wrongType(JsonNode value) {
		if (value == null || value.isTextual()) {
			return random.nextBoolean() ? NODES.numberNode(123) : NODES.objectNode().put("nested", "x");
		}
		if (value.isNumber()) {
			return random.nextBoolean() ? NODES.textNode("twelve") : NODES.arrayNode().add(1);
		}
		if (value.isArray()) {
			return random.nextBoolean() ? NODES.textNode("not a list") : NODES.objectNode();
		}
		if (value.isObject()) {
			return random.nextBoolean() ? NODES.textNode("not an object") : NODES.arrayNode().add("x");
		}
		return NODES.textNode("maybe");
	}

	private String randomText() {
		StringBuilder text = new StringBuilder();
		for (int i = random.nextInt(12); i > 0; i--) {
			text.appendCodePoint(switch (random.nextInt(4)) {
				case 0 -> 'a' + random.nextInt(26);
				case 1 -> 0x600 + random.nextInt(0xFF); // Arabic
				case 2 -> 0x4E00 + random.nextInt(0x1000); // CJK
				default -> 0x1F600 + random.nextInt(0x40); // emoji
			});
		}
		return text.toString();
	}

	private JsonNode resolve(JsonNode schema) {
		JsonNode current = schema;
		for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
			String ref = current.get("$ref").asText();
			current = components.path(ref.substring(ref.lastIndexOf('/') + 1));
		}
		if (current.has("allOf")) {
			return resolve(current.get("allOf").get(0));
		}
		if (current.has("oneOf") || current.has("anyOf")) {
			return resolve(current.has("oneOf") ? current.get("oneOf").get(0) : current.get("anyOf").get(0));
		}
		return current;
	}

	static JsonNode jsonSchemaOf(JsonNode operation) {
		for (Iterator<Map.Entry<String, JsonNode>> types = operation.path("requestBody").path("content").fields(); types.hasNext();) {
			Map.Entry<String, JsonNode> type = types.next();
			if (type.getKey().contains("json")) {
				return type.getValue().path("schema");
			}
		}
		return null;
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
