package io.chancery.purchasing.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import io.chancery.purchasing.Supplier;

public interface SupplierRepository extends JpaRepository<Supplier, Long> {

	List<Supplier> findByCompanyIdOrderByNameAscIdAsc(long companyId);

	Optional<Supplier> findByIdAndCompanyId(long id, long companyId);

}
