package io.chancery.expiry.internal;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.camunda.client.CamundaClient;
import io.chancery.customers.CustomerService;
import io.chancery.documents.Document;
import io.chancery.documents.DocumentRenewed;
import io.chancery.documents.DocumentService;
import io.chancery.tenancy.CompanyService;

/**
 * Tells the engine about renewals, after the database transaction committed. Listeners run from
 * the event publication registry, so a failed publish is retried; the engine keeps one renewal
 * instance per document (message start events are unique per correlation key) and drops a
 * repeated message with the same id while it is buffered.
 */
@Component
class RenewalMessages {

	private static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);

	private final CamundaClient client;

	private final DocumentService documents;

	private final CustomerService customers;

	private final CompanyService companies;

	RenewalMessages(CamundaClient client, DocumentService documents, CustomerService customers,
			CompanyService companies) {
		this.client = client;
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
		client.newPublishMessageCommand()
			.messageName(ExpiryProcess.RENEWAL_REQUESTED)
			.correlationKey(String.valueOf(document.getId()))
			.messageId("renewal-requested-" + document.getId())
			.timeToLive(TIME_TO_LIVE)
			.variables(variables)
			.send()
			.join();
	}

	@ApplicationModuleListener
	void on(DocumentRenewed renewed) {
		client.newPublishMessageCommand()
			.messageName(ExpiryProcess.DOCUMENT_RENEWED)
			.correlationKey(String.valueOf(renewed.previousDocumentId()))
			.messageId("document-renewed-" + renewed.previousDocumentId())
			.timeToLive(TIME_TO_LIVE)
			.variables(Map.of("renewedDocumentId", renewed.renewedDocumentId()))
			.send()
			.join();
	}

}
