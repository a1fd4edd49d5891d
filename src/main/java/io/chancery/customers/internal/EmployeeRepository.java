package io.chancery.customers.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import io.chancery.customers.Employee;

public interface EmployeeRepository extends JpaRepository<Employee, Long> {

	Optional<Employee> findByIdAndCompanyId(Long id, Long companyId);

	List<Employee> findByCompanyIdAndIdIn(Long companyId, Collection<Long> ids);

	List<Employee> findByCompanyIdAndCustomerIdOrderByName(Long companyId, Long customerId);

}
