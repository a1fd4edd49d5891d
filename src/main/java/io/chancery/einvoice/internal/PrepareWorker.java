package io.chancery.einvoice.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.chancery.einvoice.EInvoiceSource;
import io.chancery.einvoice.EInvoiceView;
import io.chancery.einvoice.FieldError;

/** Builds the source's document, checks and signs it; a failed check leads to the staff task with the errors. */
@Component
public class PrepareWorker {

	private final EInvoiceSubmissions submissions;

	private final ObjectProvider<DocumentSource> sources;

	private final Clock clock;

	PrepareWorker(EInvoiceSubmissions submissions, ObjectProvider<DocumentSource> sources, Clock clock) {
		this.submissions = submissions;
		this.sources = sources;
		this.clock = clock;
	}

	@JobWorker(type = EInvoiceProcess.PREPARE)
	public Map<String, Object> prepare(@Variable long companyId, @Variable String sourceType, @Variable long sourceId) {
		EInvoiceSource type = EInvoiceSource.valueOf(sourceType);
		DocumentSource source = sources.orderedStream()
			.filter(candidate -> candidate.type() == type)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no document source for " + type));
		EInvoiceView view = submissions.prepare(companyId, type, sourceId,
				source.build(companyId, sourceId, clock.instant()));
		return variables(view);
	}

	/** What the gateways and the staff task read: the status, the e-invoice id and the errors as text. */
	static Map<String, Object> variables(EInvoiceView view) {
		return Map.of("einvoiceStatus", view.status().name(), "einvoiceId", view.id(), "einvoiceNumber",
				view.number(), "einvoiceErrors", errorsText(view.errors()));
	}

	static String errorsText(List<FieldError> errors) {
		return errors.stream().map(error -> "- " + error.field() + ": " + error.message()).collect(Collectors.joining("\n"));
	}

}
