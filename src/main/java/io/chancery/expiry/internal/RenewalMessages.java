package io.chancery.expiry.internal;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.chancery.customers.CustomerService;
import io.chancery.documents.Document;
import io.chancery.documents.DocumentRenewed;
import io.chancery.documents.DocumentService;
import io.chancery.tenancy.CompanyService;
import io.chancery.workflow.ProcessMessages;

/**
 * Tells the engine about renewals, after the database transaction committed. Listeners run from
 * the event publication registry, so a failed publish is retried; the engine keeps one renewal
 * instance per document (message start events are unique per correlation key) and drops a
 * repeated message with the same id while it is buffered.
 */
@Component
class RenewalMessages {

	private static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);

	private final ProcessMessages messages;

	private final DocumentService documents;

	private final CustomerService customers;

	private final CompanyService companies;

	RenewalMessages(ProcessMessages messages, DocumentService documents, CustomerService customers,
			CompanyService companies) {
		this.messages = messages;
		this.documents = documents;
		this.customers = customers;
		this.companies = companies;
	}

	@ApplicationModuleListener
	void on(RenewalNeeded needed) {
		Document document = documents.get(needed.companyId(), needed.documentId());
		ZoneId zone = companies.get(needed.companyId()).getTimeZone();
		Map<String, Object> variables = new HashMap<>();
		variables.put("companyId", needed.companyId());
		variables.put("documentId", document.getId());
		variables.put("customerId", document.getCustomerId());
		variables.put("documentType", documents.typeOf(document).getName());
		variables.put("documentNumber", document.getNumber());
		variables.put("holderName", document.getEmployeeId() != null
				? customers.employee(needed.companyId(), document.getEmployeeId()).getName()
				: customers.get(needed.companyId(), document.getCustomerId()).getName());
		variables.put("expiryDate", document.getExpiryDate().toString());
		// The document is valid through its expiry date: it has expired once that day is over.
		variables.put("expiresAt", document.getExpiryDate().plusDays(1).atStartOfDay(zone).toOffsetDateTime().toString());
		messages.publishOnce(ExpiryProcess.RENEWAL_REQUESTED, String.valueOf(document.getId()),
				"renewal-requested-" + document.getId(), TIME_TO_LIVE, variables);
	}

	@ApplicationModuleListener
	void on(DocumentRenewed renewed) {
		messages.publishOnce(ExpiryProcess.DOCUMENT_RENEWED, String.valueOf(renewed.previousDocumentId()),
				"document-renewed-" + renewed.previousDocumentId(), TIME_TO_LIVE,
				Map.of("renewedDocumentId", renewed.renewedDocumentId()));
	}

}
