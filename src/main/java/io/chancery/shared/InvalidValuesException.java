package io.chancery.shared;

import java.util.Map;

/** Several submitted values break their rules; the API answers 400 listing each field and why. */
public class InvalidValuesException extends IllegalArgumentException {

	private final Map<String, String> errors;

	public InvalidValuesException(String message, Map<String, String> errors) {
		super(message);
		this.errors = Map.copyOf(errors);
	}

	/** Field (form key) → what is wrong with it. */
	public Map<String, String> errors() {
		return errors;
	}

}
