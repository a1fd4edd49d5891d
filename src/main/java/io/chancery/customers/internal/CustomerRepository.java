package io.chancery.customers.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import io.chancery.customers.Customer;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

	Optional<Customer> findByIdAndCompanyId(Long id, Long companyId);

	List<Customer> findByCompanyIdAndIdIn(Long companyId, Collection<Long> ids);

	/** Name, trade licence number or phone contains the query (case-insensitive); archived only when asked. */
	@Query("""
			select c from Customer c where c.companyId = :companyId
			  and (:includeArchived = true or c.archived = false)
			  and (:query = '' or lower(c.name) like concat('%', :query, '%')
			       or lower(coalesce(c.tradeLicenceNumber, '')) like concat('%', :query, '%')
			       or coalesce(c.phone, '') like concat('%', :query, '%'))
			""")
	Page<Customer> search(Long companyId, String query, boolean includeArchived, Pageable pageable);

}
