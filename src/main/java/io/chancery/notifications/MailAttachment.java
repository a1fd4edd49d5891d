package io.chancery.notifications;

/**
 * An attachment named by its {@link AttachmentSource} and the source's own reference (an invoice
 * id): only the name is queued, the file is made when the e-mail goes out.
 */
public record MailAttachment(String source, long reference) {
}
