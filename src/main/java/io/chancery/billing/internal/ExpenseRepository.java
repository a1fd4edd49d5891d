package io.chancery.billing.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import io.chancery.billing.Expense;

public interface ExpenseRepository extends JpaRepository<Expense, Long> {

	List<Expense> findByInvoiceIdOrderByRecordedAtAscIdAsc(Long invoiceId);

	Optional<Expense> findByIdAndCompanyId(Long id, Long companyId);

}
