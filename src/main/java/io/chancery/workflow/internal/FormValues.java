package io.chancery.workflow.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.shared.InvalidValuesException;

/**
 * Checks submitted values against a Camunda form's own rules, as form-js checks them in the
 * browser: a request that skips the browser gets the same answer. Only the form's fields may be
 * set, so a tampered submission cannot overwrite other process variables (such as companyId).
 */
public final class FormValues {

	private static final Set<String> OPTION_TYPES = Set.of("radio", "select");

	private FormValues() {
	}

	/** @throws InvalidValuesException naming every field that breaks a rule, or that the form does not have */
	public static void check(JsonNode form, Map<String, Object> values) {
		Map<String, JsonNode> fields = new LinkedHashMap<>();
		collectFields(form.path("components"), fields);
		Map<String, String> errors = new LinkedHashMap<>();
		for (String key : values.keySet()) {
			if (!fields.containsKey(key)) {
				errors.put(key, "is not a field of this form");
			}
		}
		fields.forEach((key, field) -> {
			String problem = problem(field, values.get(key));
			if (problem != null) {
				errors.put(key, problem);
			}
		});
		if (!errors.isEmpty()) {
			throw new InvalidValuesException("Some values do not meet the form's rules", errors);
		}
	}

	private static void collectFields(JsonNode components, Map<String, JsonNode> fields) {
		for (JsonNode component : components) {
			if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)) {
				fields.put(component.get("key").asText(), component);
			}
			if (component.has("components")) {
				collectFields(component.get("components"), fields);
			}
		}
	}

	private static String problem(JsonNode field, Object value) {
		JsonNode rules = field.path("validate");
		String type = field.path("type").asText();
		boolean empty = value == null || (value instanceof String text && text.isEmpty())
				|| (value instanceof List<?> list && list.isEmpty());
		if (empty || ("checkbox".equals(type) && Boolean.FALSE.equals(value))) {
			return rules.path("required").asBoolean(false) ? "is required" : null;
		}
		return switch (type) {
			case "number" -> number(rules, value);
			case "checkbox" -> value instanceof Boolean ? null : "must be true or false";
			case "datetime" -> dateTime(field, value);
			case "checklist", "taglist" -> options(field, value, true);
			default -> OPTION_TYPES.contains(type) ? options(field, value, false) : text(rules, value);
		};
	}

	private static String number(JsonNode rules, Object value) {
		if (!(value instanceof Number number)) {
			return "must be a number";
		}
		double amount = number.doubleValue();
		if (rules.has("min") && amount < rules.get("min").asDouble()) {
			return "must be at least " + rules.get("min").asText();
		}
		if (rules.has("max") && amount > rules.get("max").asDouble()) {
			return "must be at most " + rules.get("max").asText();
		}
		return null;
	}

	private static String text(JsonNode rules, Object value) {
		if (!(value instanceof String text)) {
			return "must be text";
		}
		if (rules.has("minLength") && text.length() < rules.get("minLength").asInt()) {
			return "must have at least " + rules.get("minLength").asInt() + " characters";
		}
		if (rules.has("maxLength") && text.length() > rules.get("maxLength").asInt()) {
			return "must have at most " + rules.get("maxLength").asInt() + " characters";
		}
		if (rules.hasNonNull("pattern") && !matches(rules.get("pattern").asText(), text)) {
			return "does not have the required format";
		}
		if ("email".equals(rules.path("validationType").asText()) && !text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			return "must be an email address";
		}
		return null;
	}

	private static String dateTime(JsonNode field, Object value) {
		if (!(value instanceof String text)) {
			return "must be a date";
		}
		if ("date".equals(field.path("subtype").asText())) {
			try {
				LocalDate.parse(text);
			}
			catch (DateTimeParseException e) {
				return "must be a date (YYYY-MM-DD)";
			}
		}
		return null;
	}

	private static String options(JsonNode field, Object value, boolean many) {
		List<String> allowed = new ArrayList<>();
		field.path("values").forEach(option -> allowed.add(option.path("value").asText()));
		if (allowed.isEmpty()) {
			return null; // options come from a variable at run time; nothing fixed to check against
		}
		List<?> chosen = many ? (value instanceof List<?> list ? list : null) : List.of(value);
		if (chosen == null) {
			return "must be a list of options";
		}
		for (Object option : chosen) {
			if (!allowed.contains(String.valueOf(option))) {
				return "'" + option + "' is not one of the options";
			}
		}
		return null;
	}

	private static boolean matches(String pattern, String text) {
		try {
			return Pattern.compile(pattern).matcher(text).matches();
		}
		catch (PatternSyntaxException e) {
			return true; // a broken pattern in the form is the modeller's mistake, not the user's
		}
	}

}
