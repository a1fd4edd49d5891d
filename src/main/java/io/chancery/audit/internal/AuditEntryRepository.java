package io.chancery.audit.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Only saves and reads: the log has no update or delete, here or anywhere. */
interface AuditEntryRepository extends Repository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

	AuditEntry save(AuditEntry entry);

	@Query("select distinct e.entityType from AuditEntry e where e.companyId = ?1 order by e.entityType")
	List<String> entityTypes(long companyId);

	@Query("select distinct e.action from AuditEntry e where e.companyId = ?1 order by e.action")
	List<String> actions(long companyId);

}
