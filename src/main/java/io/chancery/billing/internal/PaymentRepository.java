package io.chancery.billing.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import io.chancery.billing.Payment;

public interface PaymentRepository extends JpaRepository<Payment, Long> {

	List<Payment> findByInvoiceIdOrderByRecordedAtAscIdAsc(Long invoiceId);

}
