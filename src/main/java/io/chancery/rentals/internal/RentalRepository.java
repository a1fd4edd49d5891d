package io.chancery.rentals.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import io.chancery.rentals.Rental;
import io.chancery.rentals.RentalStatus;

public interface RentalRepository extends JpaRepository<Rental, Long> {

	Optional<Rental> findByIdAndCompanyId(long id, long companyId);

	List<Rental> findByCompanyIdOrderByIdDesc(long companyId);

	List<Rental> findByCompanyIdAndStatusInOrderByDueDateAsc(long companyId, Collection<RentalStatus> statuses);

}
