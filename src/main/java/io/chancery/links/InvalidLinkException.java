package io.chancery.links;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A link that grants nothing. The reason lets a page say what happened in words a customer
 * understands; the link, when the token was genuine, lets it show e.g. the decision already taken.
 */
@ResponseStatus(HttpStatus.GONE)
public class InvalidLinkException extends RuntimeException {

	public enum Reason {

		/** Not a token we issued, or altered since. */
		MALFORMED("This link is not valid. Check that it was copied completely, or ask for a new one."),
		/** A genuine token, used for something else than it was issued for. */
		WRONG_PURPOSE("This link is not meant for this page."),
		EXPIRED("This link has expired. Ask for a new one."),
		USED("This link has already been used."),
		REVOKED("This link has been withdrawn. Ask for a new one.");

		private final String message;

		Reason(String message) {
			this.message = message;
		}

		public String message() {
			return message;
		}

	}

	private final Reason reason;

	private final transient PublicLink link;

	public InvalidLinkException(Reason reason, PublicLink link) {
		super(reason.message());
		this.reason = reason;
		this.link = link;
	}

	public Reason reason() {
		return reason;
	}

	/** The link the token named, or null when the token is not one of ours. */
	public PublicLink link() {
		return link;
	}

}
