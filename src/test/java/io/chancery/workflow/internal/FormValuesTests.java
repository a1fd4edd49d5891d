package io.chancery.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.chancery.shared.InvalidValuesException;

class FormValuesTests {

	static final JsonNode FORM = read("""
			{"id": "f", "components": [
			  {"type": "text", "text": "Intro"},
			  {"key": "decision", "type": "radio", "validate": {"required": true},
			   "values": [{"label": "Yes", "value": "AGREED"}, {"label": "No", "value": "DECLINED"}]},
			  {"key": "fee", "type": "number", "validate": {"min": 0, "max": 5000}},
			  {"key": "reference", "type": "textfield", "validate": {"pattern": "[A-Z]{2}-[0-9]+", "maxLength": 10}},
			  {"key": "confirmed", "type": "checkbox", "validate": {"required": true}},
			  {"key": "submittedOn", "type": "datetime", "subtype": "date"},
			  {"key": "tags", "type": "checklist", "values": [{"label": "A", "value": "a"}, {"label": "B", "value": "b"}]},
			  {"type": "group", "components": [{"key": "nested", "type": "textfield", "validate": {"required": true}}]}
			]}
			""");

	@Test
	void valuesThatMeetEveryRulePass() {
		assertThatCode(() -> FormValues.check(FORM, valid())).doesNotThrowAnyException();
	}

	@Test
	void everyBrokenRuleIsNamed() {
		Map<String, Object> values = new HashMap<>(Map.of("decision", "MAYBE", "fee", -1, "reference", "ab-12",
				"confirmed", false, "submittedOn", "21/11/2026", "tags", List.of("a", "z")));

		InvalidValuesException invalid = catchThrowableOfType(InvalidValuesException.class, () -> FormValues.check(FORM, values));

		assertThat(invalid.errors()).containsOnlyKeys("decision", "fee", "reference", "confirmed", "submittedOn", "tags", "nested");
		assertThat(invalid.errors().get("decision")).contains("not one of the options");
		assertThat(invalid.errors().get("fee")).isEqualTo("must be at least 0");
		assertThat(invalid.errors().get("confirmed")).isEqualTo("is required");
		assertThat(invalid.errors().get("nested")).isEqualTo("is required");
	}

	@Test
	void aFieldTheFormDoesNotHaveIsRefusedSoOtherVariablesCannotBeOverwritten() {
		Map<String, Object> values = new HashMap<>(valid());
		values.put("companyId", 2);

		InvalidValuesException invalid = catchThrowableOfType(InvalidValuesException.class, () -> FormValues.check(FORM, values));

		assertThat(invalid.errors()).containsOnlyKeys("companyId");
	}

	@Test
	void typesAreChecked() {
		Map<String, Object> values = new HashMap<>(valid());
		values.put("fee", "a lot");
		values.put("confirmed", "yes");

		assertThat(catchThrowableOfType(InvalidValuesException.class, () -> FormValues.check(FORM, values)).errors())
			.containsEntry("fee", "must be a number").containsEntry("confirmed", "must be true or false");
	}

	private static Map<String, Object> valid() {
		return Map.of("decision", "AGREED", "fee", 150.5, "reference", "GD-42", "confirmed", true, "submittedOn",
				"2026-11-21", "tags", List.of("a"), "nested", "x");
	}

	private static JsonNode read(String json) {
		try {
			return new ObjectMapper().readTree(json);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}
