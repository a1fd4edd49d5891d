package io.chancery.expiry.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScanSlotRepository extends JpaRepository<ScanSlot, Long> {
}
