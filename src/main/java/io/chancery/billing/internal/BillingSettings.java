package io.chancery.billing.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-company billing settings (default payment terms, bank details and tax number for documents)
 * and per-customer payment terms. Absent rows mean the defaults.
 */
@Component
public class BillingSettings {

	public static final int DEFAULT_PAYMENT_TERMS_DAYS = 30;

	private final JdbcClient jdbc;

	BillingSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record CompanySettings(int paymentTermsDays, String bankDetails, String taxNumber) {
	}

	public CompanySettings company(long companyId) {
		return jdbc.sql("select payment_terms_days, bank_details, tax_number from billing_settings where company_id = ?")
			.param(companyId)
			.query((rs, row) -> new CompanySettings(rs.getInt(1), rs.getString(2), rs.getString(3)))
			.optional()
			.orElse(new CompanySettings(DEFAULT_PAYMENT_TERMS_DAYS, null, null));
	}

	/** The customer's own terms, else the company's. */
	public int paymentTermsDays(long companyId, long customerId) {
		return jdbc.sql("select payment_terms_days from customer_payment_terms where company_id = ? and customer_id = ?")
			.params(companyId, customerId)
			.query(Integer.class)
			.optional()
			.orElseGet(() -> company(companyId).paymentTermsDays());
	}

	/** Replaces the settings (delete and insert: H2 cannot update on conflict). */
	@Transactional
	public CompanySettings changeCompany(long companyId, CompanySettings settings) {
		jdbc.sql("delete from billing_settings where company_id = ?").param(companyId).update();
		jdbc.sql("insert into billing_settings (company_id, payment_terms_days, bank_details, tax_number) values (?, ?, ?, ?)")
			.params(companyId, settings.paymentTermsDays(), settings.bankDetails(), settings.taxNumber())
			.update();
		return settings;
	}

	@Transactional
	public void changeCustomerTerms(long companyId, long customerId, Integer days) {
		jdbc.sql("delete from customer_payment_terms where company_id = ? and customer_id = ?").params(companyId, customerId).update();
		if (days != null) {
			jdbc.sql("insert into customer_payment_terms (customer_id, company_id, payment_terms_days) values (?, ?, ?)")
				.params(customerId, companyId, days)
				.update();
		}
	}

}
