package io.chancery.einvoice;

/** One validation failure: the field's path in the model (e.g. {@code lines[0].taxSubtotals[1].taxAmount}) and why. */
public record FieldError(String field, String message) {

	@Override
	public String toString() {
		return field + ": " + message;
	}

}
