package io.chancery.notifications;

/**
 * Makes an attachment when its e-mail is sent, so that nothing (a PDF of an invoice) is stored in the
 * outbox. Modules provide beans; {@link #name()} is what {@link MailAttachment#source()} refers to.
 */
public interface AttachmentSource {

	String name();

	Attachment render(long companyId, long reference);

	record Attachment(String filename, String contentType, byte[] content) {
	}

}
