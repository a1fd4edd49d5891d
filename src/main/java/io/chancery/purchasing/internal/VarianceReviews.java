package io.chancery.purchasing.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.chancery.purchasing.VarianceCheck;
import io.chancery.purchasing.VarianceCheck.ReviewDecision;
import io.chancery.purchasing.VarianceService;
import io.chancery.shared.ConflictException;
import io.chancery.shared.NotFoundException;
import io.chancery.tenancy.ChanceryUser;
import io.chancery.workflow.TaskService;
import io.chancery.workflow.TaskView;

/**
 * A manager's review from the order's page or the API: applied with the manager's name, then the
 * process's review task is completed with the same decision, all in one transaction.
 */
@Component
class VarianceReviews {

	private final VarianceService variances;

	private final TaskService tasks;

	VarianceReviews(VarianceService variances, TaskService tasks) {
		this.variances = variances;
		this.tasks = tasks;
	}

	@Transactional
	VarianceCheck review(ChanceryUser manager, long orderId, long checkId, ReviewDecision decision, String notes) {
		VarianceCheck check = variances.check(manager.companyId(), checkId);
		if (check.getPurchaseOrderId() != orderId) {
			throw new NotFoundException("Variance check", checkId);
		}
		TaskView task = reviewTask(manager, checkId);
		VarianceCheck reviewed = variances.review(manager.companyId(), checkId, decision, notes, manager.email());
		Map<String, Object> values = new HashMap<>();
		values.put("reviewDecision", decision.name());
		if (notes != null && !notes.isBlank()) {
			values.put("reviewNotes", notes.trim());
		}
		tasks.complete(manager, task.id(), values);
		return reviewed;
	}

	/** The open review task of the check, if the user may work it. */
	TaskView reviewTask(ChanceryUser user, long checkId) {
		return tasks.openTasks(user).stream()
			.filter(task -> PurchasingProcess.REVIEW_TASK_ID.equals(task.elementId())
					&& task.variables().get("varianceCheckId") instanceof Number id && id.longValue() == checkId)
			.findFirst()
			.orElseThrow(() -> new ConflictException("Variance check " + checkId + " has no open review task for you"));
	}

}
