package io.chancery.workflow.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The Camunda forms shipped in forms/, by their id: what task pages render and completions are checked against. */
@Component
public class FormRegistry {

	private final Map<String, JsonNode> forms = new HashMap<>();

	FormRegistry(ObjectMapper json) throws IOException {
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
			try (InputStream in = resource.getInputStream()) {
				JsonNode form = json.readTree(in);
				forms.put(form.path("id").asText(), form);
			}
		}
	}

	public Optional<JsonNode> form(String formId) {
		return Optional.ofNullable(formId).map(forms::get);
	}

}
