package io.chancery.einvoice.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** One month's B2C sales of a company, the content of its consolidated e-invoice. */
@Entity
@Table(name = "einvoice_consolidation")
public class Consolidation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@TenantId
	Long companyId;

	/** yyyy-MM */
	String period;

	byte[] sales;

	Instant createdAt;

	Instant updatedAt;

	protected Consolidation() {
	}

	Consolidation(long companyId, String period, Instant now) {
		this.companyId = companyId;
		this.period = period;
		this.createdAt = now;
	}

}
