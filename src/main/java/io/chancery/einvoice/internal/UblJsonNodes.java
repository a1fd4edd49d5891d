package io.chancery.einvoice.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The UBL JSON representation used by MyInvois: every element is an array of objects, a leaf's value
 * is under {@code "_"} and its attributes are siblings ({@code {"_": 100, "currencyID": "MYR"}}).
 * Numbers are read and written exactly (BigDecimal, never scientific notation).
 */
public final class UblJsonNodes {

	/** Exact numbers in, plain numbers out; insertion order kept (the signature digests depend on it). */
	public static final ObjectMapper MAPPER = JsonMapper.builder()
		.nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.build();

	private static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

	private UblJsonNodes() {
	}

	public static ObjectNode object() {
		return NODES.objectNode();
	}

	/** {@code [{"_": value, attr1: val1, ...}]}; attributes with a null value are left out. */
	static ArrayNode leaf(Object value, String... attributes) {
		ObjectNode leaf = object();
		switch (value) {
			case BigDecimal number -> leaf.put("_", number);
			case Boolean flag -> leaf.put("_", flag);
			default -> leaf.put("_", value.toString());
		}
		for (int i = 0; i < attributes.length; i += 2) {
			if (attributes[i + 1] != null) {
				leaf.put(attributes[i], attributes[i + 1]);
			}
		}
		return NODES.arrayNode().add(leaf);
	}

	static ArrayNode amount(BigDecimal value, String currency) {
		return leaf(value, "currencyID", currency);
	}

	static ArrayNode one(ObjectNode aggregate) {
		return NODES.arrayNode().add(aggregate);
	}

	static ArrayNode many(List<ObjectNode> aggregates) {
		ArrayNode array = NODES.arrayNode();
		aggregates.forEach(array::add);
		return array;
	}

	/** Sets {@code name} to a leaf only when the value is present. */
	static void putLeaf(ObjectNode parent, String name, Object value, String... attributes) {
		if (value != null) {
			parent.set(name, leaf(value, attributes));
		}
	}

	static void putAmount(ObjectNode parent, String name, BigDecimal value, String currency) {
		if (value != null) {
			parent.set(name, amount(value, currency));
		}
	}

	static JsonNode first(JsonNode parent, String name) {
		if (parent == null) {
			return null;
		}
		JsonNode array = parent.get(name);
		return array == null || !array.isArray() || array.isEmpty() ? null : array.get(0);
	}

	static List<JsonNode> all(JsonNode parent, String name) {
		List<JsonNode> nodes = new ArrayList<>();
		JsonNode array = parent == null ? null : parent.get(name);
		if (array != null && array.isArray()) {
			array.forEach(nodes::add);
		}
		return nodes;
	}

	static String text(JsonNode parent, String name) {
		JsonNode leaf = first(parent, name);
		return leaf == null || leaf.get("_") == null || leaf.get("_").isNull() ? null : leaf.get("_").asText();
	}

	static String attribute(JsonNode parent, String name, String attribute) {
		JsonNode leaf = first(parent, name);
		return leaf == null || leaf.get(attribute) == null ? null : leaf.get(attribute).asText();
	}

	static BigDecimal number(JsonNode parent, String name) {
		JsonNode leaf = first(parent, name);
		JsonNode value = leaf == null ? null : leaf.get("_");
		if (value == null || value.isNull()) {
			return null;
		}
		return value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText().trim());
	}

	static boolean flag(JsonNode parent, String name) {
		JsonNode leaf = first(parent, name);
		JsonNode value = leaf == null ? null : leaf.get("_");
		return value != null && (value.isBoolean() ? value.booleanValue() : Boolean.parseBoolean(value.asText()));
	}

	public static JsonNode parse(String json) {
		try {
			return MAPPER.readTree(json);
		}
		catch (JsonProcessingException e) {
			throw new IllegalArgumentException("not a JSON document: " + e.getOriginalMessage(), e);
		}
	}

	/** The document without insignificant whitespace, as the MyInvois digests expect. */
	public static String minify(JsonNode node) {
		try {
			return MAPPER.writeValueAsString(node);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
