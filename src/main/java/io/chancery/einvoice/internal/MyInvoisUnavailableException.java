package io.chancery.einvoice.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** MyInvois refused or could not be reached: the problem is upstream (502), not in the request. */
@ResponseStatus(HttpStatus.BAD_GATEWAY)
public class MyInvoisUnavailableException extends RuntimeException {

	public MyInvoisUnavailableException(String message) {
		super(message);
	}

}
