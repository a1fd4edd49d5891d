package io.chancery.expiry.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.chancery.expiry.ExpiryScanner;

/**
 * The scan process's only step. Redelivery is harmless: a slot already scanned is skipped and an
 * escalation already recorded is not recorded again.
 */
@Component
public class ScanDueCompaniesWorker {

	private final ExpiryScanner scanner;

	ScanDueCompaniesWorker(ExpiryScanner scanner) {
		this.scanner = scanner;
	}

	@JobWorker(type = ExpiryProcess.SCAN_DUE_COMPANIES)
	public Map<String, Object> scanDueCompanies() {
		return Map.of("companiesScanned", scanner.scanDueCompanies());
	}

}
