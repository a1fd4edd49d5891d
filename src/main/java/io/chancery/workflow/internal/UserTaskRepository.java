package io.chancery.workflow.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import io.chancery.workflow.TaskState;

public interface UserTaskRepository extends JpaRepository<UserTask, Long> {

	Optional<UserTask> findByIdAndCompanyId(Long id, Long companyId);

	/** Serialises claim and complete on one task, so a task is completed once. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from UserTask t where t.id = :id and t.companyId = :companyId")
	Optional<UserTask> lockByIdAndCompanyId(Long id, Long companyId);

	boolean existsByEngineRunAndEngineKey(String engineRun, long engineKey);

	List<UserTask> findByCompanyIdAndStateOrderByCreatedAtDesc(Long companyId, TaskState state);

	List<UserTask> findByEngineRunAndState(String engineRun, TaskState state);

	@Modifying
	@Query("""
			update UserTask t set t.state = io.chancery.workflow.TaskState.CANCELLED, t.closedReason = :reason,
			  t.completedAt = :at, t.version = t.version + 1
			where t.state = io.chancery.workflow.TaskState.OPEN and t.engineRun <> :currentRun
			""")
	int cancelOpenTasksOfOtherRuns(String currentRun, String reason, java.time.Instant at);

	List<UserTask> findByEngineRunAndEngineKeyIn(String engineRun, Collection<Long> engineKeys);

}
