package io.chancery.expiry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import io.chancery.documents.DocumentService;
import io.chancery.documents.ExpiryCandidate;
import io.chancery.expiry.internal.EscalationRecorder;
import io.chancery.expiry.internal.EscalationRules;
import io.chancery.expiry.internal.ScanSlotKeeper;
import io.chancery.tenancy.Company;
import io.chancery.tenancy.CompanyService;

/**
 * Finds the documents that reached an escalation level they had not reached before. Reads current
 * documents expiring within the horizon (an indexed range, in keyset pages), asks the
 * escalation-windows decision for each distinct (type, days left), and records what is new, a page at
 * a time. Running it again, or twice at once, records nothing twice.
 */
@Service
public class ExpiryScanner {

	private static final Logger log = LoggerFactory.getLogger(ExpiryScanner.class);

	private static final int PAGE_SIZE = 500;

	private final DocumentService documents;

	private final CompanyService companies;

	private final EscalationRules rules;

	private final EscalationRecorder recorder;

	private final ScanSlotKeeper slots;

	private final Clock clock;

	private final int horizonDays;

	ExpiryScanner(DocumentService documents, CompanyService companies, EscalationRules rules,
			EscalationRecorder recorder, ScanSlotKeeper slots, Clock clock,
			@Value("${chancery.expiry.horizon-days:90}") int horizonDays) {
		this.documents = documents;
		this.companies = companies;
		this.rules = rules;
		this.recorder = recorder;
		this.slots = slots;
		this.clock = clock;
		this.horizonDays = horizonDays;
	}

	/** Scans one company now; returns every document in a window, marking those newly escalated. */
	public List<FoundEscalation> scan(long companyId) {
		return scan(companyId, rules.session());
	}

	/**
	 * Each page of candidates is decided here and recorded in one transaction (one read of what is already
	 * recorded, one batch insert), not a transaction per document.
	 */
	private List<FoundEscalation> scan(long companyId, EscalationRules.Session decisions) {
		LocalDate today = documents.today(companyId);
		List<FoundEscalation> found = new ArrayList<>();
		long afterId = 0;
		List<ExpiryCandidate> page;
		do {
			page = documents.expiryCandidates(companyId, today.plusDays(horizonDays), afterId, PAGE_SIZE);
			Map<String, Set<Long>> daysLeftByType = new HashMap<>();
			for (ExpiryCandidate candidate : page) {
				daysLeftByType.computeIfAbsent(candidate.typeCode(), type -> new HashSet<>())
					.add(ChronoUnit.DAYS.between(today, candidate.expiryDate()));
			}
			decisions.prepare(daysLeftByType);
			List<EscalationRecorder.Reached> reached = new ArrayList<>();
			for (ExpiryCandidate candidate : page) {
				long daysLeft = ChronoUnit.DAYS.between(today, candidate.expiryDate());
				decisions.decide(candidate.typeCode(), daysLeft).ifPresent(rule -> reached
					.add(new EscalationRecorder.Reached(candidate.documentId(), candidate.expiryDate(), daysLeft, rule)));
			}
			Set<EscalationRecorder.Reached> recorded = recorder.recordNew(companyId, reached);
			for (EscalationRecorder.Reached r : reached) {
				found.add(new FoundEscalation(r.documentId(), r.rule().level(), r.daysLeft(), recorded.contains(r)));
			}
			afterId = page.isEmpty() ? afterId : page.getLast().documentId();
		}
		while (page.size() == PAGE_SIZE);
		long recorded = found.stream().filter(FoundEscalation::newlyRecorded).count();
		if (recorded > 0) {
			log.info("Expiry scan of company {}: {} documents in a window, {} new escalations", companyId, found.size(), recorded);
		}
		return found;
	}

	/**
	 * Scans every company whose latest 00:00 or 12:00 (its own time zone) has not been scanned yet.
	 * Returns the number of companies scanned.
	 */
	public int scanDueCompanies() {
		Instant now = clock.instant();
		int scanned = 0;
		// the table's answers depend on type and days left only: one session serves every company of this run
		EscalationRules.Session decisions = rules.session();
		for (Company company : companies.all()) {
			Instant slot = slots.dueSlot(company, now);
			if (slot != null) {
				scan(company.getId(), decisions);
				slots.markScanned(company.getId(), slot);
				scanned++;
			}
		}
		return scanned;
	}

}
