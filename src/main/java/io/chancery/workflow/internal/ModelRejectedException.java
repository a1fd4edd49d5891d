package io.chancery.workflow.internal;

/**
 * A model that does not parse, or that the engine refused. {@code engineMessage} is the engine's own
 * explanation (null when the parser refused it first); the editor shows it next to the diagram.
 */
class ModelRejectedException extends RuntimeException {

	private final String engineMessage;

	ModelRejectedException(String message, String engineMessage) {
		super(message);
		this.engineMessage = engineMessage;
	}

	String engineMessage() {
		return engineMessage;
	}

}
