package io.chancery.expiry.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "expiry_scan_slot")
class ScanSlot {

	@Id
	private Long companyId;

	private Instant lastSlot;

	protected ScanSlot() {
	}

	Instant getLastSlot() {
		return lastSlot;
	}

	void scanned(Instant slot) {
		this.lastSlot = slot;
	}

}
