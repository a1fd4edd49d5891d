package io.chancery.einvoice.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** An invoice issued to a buyer without a TIN, waiting for (or taken into) its month's consolidation. */
@Entity
@Table(name = "einvoice_b2c_invoice")
class B2cInvoice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@TenantId
	Long companyId;

	Long invoiceId;

	LocalDate issueDate;

	Long consolidationId;

	Instant recordedAt;

	protected B2cInvoice() {
	}

	B2cInvoice(long companyId, long invoiceId, LocalDate issueDate, Instant recordedAt) {
		this.companyId = companyId;
		this.invoiceId = invoiceId;
		this.issueDate = issueDate;
		this.recordedAt = recordedAt;
	}

}
