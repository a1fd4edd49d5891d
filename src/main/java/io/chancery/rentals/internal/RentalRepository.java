package io.chancery.rentals.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import io.chancery.rentals.Rental;
import io.chancery.rentals.RentalStatus;

public interface RentalRepository extends JpaRepository<Rental, Long> {

	Optional<Rental> findByIdAndCompanyId(long id, long companyId);

	/** A cancellation and a check-out of one rental are applied one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Rental r where r.id = ?1 and r.companyId = ?2")
	Optional<Rental> lockByIdAndCompanyId(long id, long companyId);

	List<Rental> findByCompanyIdOrderByIdDesc(long companyId);

	List<Rental> findByCompanyIdAndStatusInOrderByDueDateAsc(long companyId, Collection<RentalStatus> statuses);

}
