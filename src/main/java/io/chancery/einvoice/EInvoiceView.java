package io.chancery.einvoice;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * The e-invoice of one source as the API and pages show it. {@code validationUrl} (the portal's share
 * link, also the QR code's content) exists once the document is valid.
 */
public record EInvoiceView(long id, String number, EInvoiceStatus status, int attempt, MyInvoisEnvironment environment,
		String environmentLabel, String uuid, String longId, URI validationUrl, List<FieldError> errors,
		Instant submittedAt, Instant validatedAt, Instant cancellableUntil, Instant cancelledAt, String cancelReason) {
}
