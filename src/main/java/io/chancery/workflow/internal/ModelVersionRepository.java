package io.chancery.workflow.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ModelVersionRepository extends JpaRepository<ModelVersion, Long> {

	Optional<ModelVersion> findFirstByResourceNameOrderByVersionDesc(String resourceName);

	Optional<ModelVersion> findFirstByResourceNameAndSourceOrderByVersionDesc(String resourceName, ModelSource source);

	Optional<ModelVersion> findByResourceNameAndVersion(String resourceName, int version);

	List<ModelVersion> findAllByOrderByResourceNameAscVersionDesc();

	/** The current (highest) version of every file. */
	@Query("select m from ModelVersion m where m.version = "
			+ "(select max(o.version) from ModelVersion o where o.resourceName = m.resourceName)")
	List<ModelVersion> findCurrentVersions();

}
