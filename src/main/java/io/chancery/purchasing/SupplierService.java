package io.chancery.purchasing;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.chancery.purchasing.internal.SupplierRepository;
import io.chancery.shared.NotFoundException;

@Service
@Transactional(readOnly = true)
public class SupplierService {

	private final SupplierRepository suppliers;

	private final Clock clock;

	SupplierService(SupplierRepository suppliers, Clock clock) {
		this.suppliers = suppliers;
		this.clock = clock;
	}

	public List<Supplier> all(long companyId) {
		return suppliers.findByCompanyIdOrderByNameAscIdAsc(companyId);
	}

	public Supplier get(long companyId, long supplierId) {
		return suppliers.findByIdAndCompanyId(supplierId, companyId)
			.orElseThrow(() -> new NotFoundException("Supplier", supplierId));
	}

	@Transactional
	public Supplier create(long companyId, SupplierDetails details) {
		Supplier supplier = new Supplier(companyId, clock.instant());
		supplier.describe(details, clock.instant());
		return suppliers.save(supplier);
	}

	@Transactional
	public Supplier update(long companyId, long supplierId, SupplierDetails details) {
		Supplier supplier = get(companyId, supplierId);
		supplier.describe(details, clock.instant());
		return supplier;
	}

}
