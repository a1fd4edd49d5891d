package io.chancery.einvoice.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** An error answer of the MyInvois API: HTTP status, the error code and message of its body. */
public class MyInvoisException extends RuntimeException {

	private final int status;

	private final String code;

	private final transient JsonNode body;

	public MyInvoisException(int status, String code, String message, JsonNode body) {
		super(status + " " + code + ": " + message);
		this.status = status;
		this.code = code;
		this.body = body;
	}

	public int status() {
		return status;
	}

	public String code() {
		return code;
	}

	public JsonNode body() {
		return body;
	}

}
