package io.chancery.workflow.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.ModelException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.chancery.shared.InvalidFieldException;

/**
 * What an uploaded model must pass before it is sent to the engine: a plain file name, a sensible
 * size, and content that parses as the kind its name says. The engine's own checks come after.
 */
final class ModelChecks {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	/** No folders and nothing a URL or a download header would have to escape. */
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,190}\\.(bpmn|dmn|form)");

	private static final ObjectMapper JSON = new ObjectMapper();

	private ModelChecks() {
	}

	/** A file that passed, with the ids of the processes, decision requirements and decisions, or form it defines. */
	record CheckedModel(ModelFile file, Set<String> definitionIds) {
	}

	static CheckedModel checked(String resourceName, byte[] content) {
		if (resourceName == null || !NAME.matcher(resourceName).matches()) {
			throw new InvalidFieldException("file", "The file name must end in .bpmn, .dmn or .form and contain only "
					+ "letters, digits, dots, dashes and underscores: " + resourceName);
		}
		if (content.length == 0) {
			throw new InvalidFieldException("file", "The file is empty");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidFieldException("file", "A model file may have at most " + MAX_BYTES / 1024 / 1024 + " MB");
		}
		ModelFile file = new ModelFile(resourceName, content);
		try {
			return new CheckedModel(file, switch (file.kind()) {
				case BPMN -> bpmnIds(content);
				case DMN -> dmnIds(content);
				case FORM -> formIds(content);
			});
		}
		catch (ModelException | IOException e) {
			throw new ModelRejectedException(resourceName + " is not a valid " + file.kind() + " file: " + reasons(e), null);
		}
	}

	private static Set<String> bpmnIds(byte[] content) {
		BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
		Bpmn.validateModel(model);
		return ids(model.getModelElementsByType(Process.class), Process::getId);
	}

	private static Set<String> dmnIds(byte[] content) {
		DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
		Dmn.validateModel(model);
		Set<String> ids = new HashSet<>(ids(model.getModelElementsByType(Decision.class), Decision::getId));
		ids.add(model.getDefinitions().getId());
		return ids;
	}

	private static Set<String> formIds(byte[] content) throws IOException {
		JsonNode form = JSON.readTree(content);
		if (form == null || !form.isObject()) {
			throw new IOException("A form is a JSON object");
		}
		return form.hasNonNull("id") ? Set.of(form.get("id").asText()) : Set.of();
	}

	private static <T> Set<String> ids(Collection<T> elements, Function<T, String> id) {
		return elements.stream().map(id).collect(Collectors.toSet());
	}

	/** The parser wraps the useful message (line, column, what was expected) in a generic one. */
	private static String reasons(Throwable e) {
		StringBuilder reasons = new StringBuilder(String.valueOf(e.getMessage()));
		for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && !reasons.toString().contains(cause.getMessage())) {
				reasons.append(": ").append(cause.getMessage());
			}
		}
		return reasons.toString();
	}

}
