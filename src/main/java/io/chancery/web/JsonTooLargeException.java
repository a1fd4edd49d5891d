package io.chancery.web;

import java.io.IOException;

import org.springframework.util.unit.DataSize;

/** A JSON request body over {@code chancery.payload.max-json-size}; thrown while it is read. */
class JsonTooLargeException extends IOException {

	JsonTooLargeException(DataSize limit) {
		super("The JSON body is larger than the server accepts (" + limit.toKilobytes() + " KB)");
	}

}
