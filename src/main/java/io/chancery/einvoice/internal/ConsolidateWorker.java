package io.chancery.einvoice.internal;

import java.time.YearMonth;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;

/**
 * The consolidation process's step: the monthly timer gives no month (each company's previous month);
 * a run started by hand may name one ({@code "2026-03"}). Redelivery submits nothing new.
 */
@Component
public class ConsolidateWorker {

	private final MonthlyConsolidations consolidations;

	ConsolidateWorker(MonthlyConsolidations consolidations) {
		this.consolidations = consolidations;
	}

	@JobWorker(type = EInvoiceProcess.CONSOLIDATE)
	public Map<String, Object> consolidate(@Variable(optional = true) String month) {
		return Map.of("consolidationsSubmitted",
				consolidations.run(month == null || month.isBlank() ? null : YearMonth.parse(month)));
	}

}
