package io.chancery.tenancy.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import io.chancery.tenancy.Company;

public interface CompanyRepository extends JpaRepository<Company, Long> {

	Optional<Company> findByName(String name);

}
