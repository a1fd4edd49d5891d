package io.chancery.catalog.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import io.chancery.catalog.TaxRate;

public interface TaxRateRepository extends JpaRepository<TaxRate, Long> {

	List<TaxRate> findByCompanyIdOrderByRateDesc(Long companyId);

	Optional<TaxRate> findByCompanyIdAndCode(Long companyId, String code);

	/** Safe when the company-created listener and the demo seeder add the defaults at the same moment. */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into tax_rate (company_id, code, name, rate, is_default, einvoice_tax_type)
			values (:companyId, :code, :name, :rate, :isDefault, :einvoiceTaxType)
			on conflict do nothing
			""")
	int insertIfAbsent(long companyId, String code, String name, BigDecimal rate, boolean isDefault,
			String einvoiceTaxType);

}
