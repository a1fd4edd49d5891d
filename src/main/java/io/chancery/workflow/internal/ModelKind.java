package io.chancery.workflow.internal;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.http.MediaType;

/** What a model file is, told by its name as the engine tells it. */
enum ModelKind {

	BPMN(".bpmn", MediaType.APPLICATION_XML), DMN(".dmn", MediaType.APPLICATION_XML),
	FORM(".form", MediaType.APPLICATION_JSON);

	private final String extension;

	private final MediaType mediaType;

	ModelKind(String extension, MediaType mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	static Optional<ModelKind> of(String resourceName) {
		return Arrays.stream(values()).filter(kind -> resourceName.endsWith(kind.extension)).findFirst();
	}

	MediaType mediaType() {
		return mediaType;
	}

	/** BPMN and DMN open in bpmn-js / dmn-js; forms are deployed and downloaded only. */
	public boolean editable() {
		return this != FORM;
	}

}
