package io.chancery.monitoring.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads variable values, which both engine modes report as JSON text. */
final class VariableValues {

	private static final ObjectMapper JSON = new ObjectMapper();

	private VariableValues() {
	}

	/** A string or number as text (business keys are either); null for anything else. */
	static String text(String json) {
		JsonNode value = parse(json);
		return value != null && (value.isTextual() || value.isNumber()) ? value.asText() : null;
	}

	/** A whole number, or null. */
	static Long number(String json) {
		JsonNode value = parse(json);
		return value != null && value.canConvertToLong() && value.isIntegralNumber() ? value.asLong() : null;
	}

	private static JsonNode parse(String json) {
		try {
			return json == null ? null : JSON.readTree(json);
		}
		catch (JsonProcessingException notJson) {
			return null;
		}
	}

}
