package io.chancery.expiry.internal;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.chancery.tenancy.Company;

/** Remembers the last 00:00 / 12:00 slot scanned per company. */
@Component
public class ScanSlotKeeper {

	private final ScanSlotRepository slots;

	ScanSlotKeeper(ScanSlotRepository slots) {
		this.slots = slots;
	}

	/** The company's latest slot if it has not been scanned yet, else null. */
	@Transactional(readOnly = true)
	public Instant dueSlot(Company company, Instant now) {
		Instant latest = ScanSlots.latestSlot(now, company.getTimeZone());
		return slots.findById(company.getId())
			.map(ScanSlot::getLastSlot)
			.filter(last -> !last.isBefore(latest))
			.isPresent() ? null : latest;
	}

	/**
	 * Two scans may overlap (the scheduled one and one started by hand): the insert waits for the other's
	 * row instead of failing on its key, then this scan's slot is recorded over it.
	 */
	@Transactional
	public void markScanned(long companyId, Instant slot) {
		if (slots.insertIfAbsent(companyId, slot) == 0) {
			slots.findById(companyId).orElseThrow().scanned(slot);
		}
	}

}
