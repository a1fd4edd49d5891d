package io.chancery.shared;

/**
 * A value that passed the form's own checks but is wrong in the domain (a phone number that does
 * not exist, an expiry before the issue date). The API answers 400 naming the field; pages show
 * the message next to it.
 */
public class InvalidFieldException extends IllegalArgumentException {

	private final String field;

	public InvalidFieldException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
