package io.chancery.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import io.chancery.catalog.ServiceItem;

public interface ServiceItemRepository extends JpaRepository<ServiceItem, Long> {

	Optional<ServiceItem> findByIdAndCompanyId(Long id, Long companyId);

	boolean existsByCompanyIdAndCode(Long companyId, String code);

	@Query("""
			select s from ServiceItem s where s.companyId = :companyId
			  and (:includeInactive = true or s.active = true)
			  and (:query = '' or lower(s.name) like concat('%', :query, '%') or lower(s.code) like concat('%', :query, '%'))
			order by s.name, s.id
			""")
	List<ServiceItem> search(Long companyId, String query, boolean includeInactive);

}
