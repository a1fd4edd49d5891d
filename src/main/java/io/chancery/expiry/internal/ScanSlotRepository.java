package io.chancery.expiry.internal;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ScanSlotRepository extends JpaRepository<ScanSlot, Long> {

	/** The company's first slot; a row a concurrent scan inserted first is left for the caller to update. */
	@Modifying
	@Query(value = "insert into expiry_scan_slot (company_id, last_slot) values (:companyId, :slot) on conflict do nothing",
			nativeQuery = true)
	int insertIfAbsent(long companyId, Instant slot);

}
