package io.chancery.rentals.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import io.chancery.rentals.Equipment;

public interface EquipmentRepository extends JpaRepository<Equipment, Long> {

	Optional<Equipment> findByIdAndCompanyId(long id, long companyId);

	List<Equipment> findByCompanyIdOrderByCategoryAscSerialNumberAsc(long companyId);

	List<Equipment> findByCompanyIdAndCategoryOrderBySerialNumberAsc(long companyId, String category);

	boolean existsByCompanyIdAndSerialNumber(long companyId, String serialNumber);

}
