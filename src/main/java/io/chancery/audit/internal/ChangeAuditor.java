package io.chancery.audit.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.chancery.rentals.RentalCancelled;
import io.chancery.rentals.RentalCheckedOut;
import io.chancery.rentals.RentalReserved;
import io.chancery.rentals.RentalReturned;
import io.chancery.shared.AuditedChange;
import io.chancery.signatures.DocumentSigned;

/**
 * Turns changes to money and documents into audit entries. Plain (synchronous) listeners on purpose:
 * they run in the publisher's transaction and thread, so the entry commits or rolls back with the
 * change, and the signed-in user or the request is the change's own.
 *
 * <p>Billing, documents, purchasing, e-invoicing and user accounts publish {@link AuditedChange} at
 * the one place where they record a change; their domain events ({@code InvoiceIssued}, {@code InvoicePaid},
 * {@code QuoteApproved}, {@code DocumentRenewed}) are published at those same places, so they are
 * not listened to here: each change would be logged twice.
 */
@Component
class ChangeAuditor {

	static final String RENTAL = "RENTAL";

	private final AuditLog log;

	private final Actors actors;

	ChangeAuditor(AuditLog log, Actors actors) {
		this.log = log;
		this.actors = actors;
	}

	@EventListener
	void on(AuditedChange change) {
		log.append(change.companyId(), actors.current(change.companyId(), change.actor()), change.action(),
				change.entityType(), change.entityId(), change.summary(), change.details());
	}

	@EventListener
	void on(RentalReserved event) {
		rental(event.companyId(), event.rentalId(), "RESERVED");
	}

	@EventListener
	void on(RentalCheckedOut event) {
		rental(event.companyId(), event.rentalId(), "CHECKED_OUT");
	}

	@EventListener
	void on(RentalReturned event) {
		rental(event.companyId(), event.rentalId(), "RETURNED");
	}

	@EventListener
	void on(RentalCancelled event) {
		rental(event.companyId(), event.rentalId(), "CANCELLED");
	}

	/**
	 * The customer signed through the link: the signer's typed name is the actor's. The subject kind
	 * ("delivery-order") becomes an entity type like the others ("DELIVERY_ORDER").
	 */
	@EventListener
	void on(DocumentSigned event) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("signatureId", event.signatureId());
		details.put("signerName", event.signerName());
		String entityType = event.subjectKind().toUpperCase(Locale.ROOT).replace('-', '_');
		log.append(event.companyId(), actors.current(event.companyId(), event.signerName()), "SIGNED", entityType,
				event.subjectId(), event.subjectKind().replace('-', ' ') + " " + event.subjectId() + " signed by "
						+ event.signerName(), details);
	}

	private void rental(long companyId, long rentalId, String action) {
		log.append(companyId, actors.current(companyId, null), action, RENTAL, rentalId,
				"Rental " + rentalId + " " + action.toLowerCase(Locale.ROOT).replace('_', ' '), Map.of());
	}

}
