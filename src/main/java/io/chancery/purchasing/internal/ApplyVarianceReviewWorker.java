package io.chancery.purchasing.internal;

import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.chancery.purchasing.VarianceCheck.ReviewDecision;
import io.chancery.purchasing.VarianceService;

/**
 * Applies the manager's decision from the review task. A review made on the order's page is already
 * applied (with the manager's name), so this changes nothing then.
 */
@Component
public class ApplyVarianceReviewWorker {

	/** The task list does not tell the process who completed a task. */
	static final String TASK_LIST_REVIEWER = "a manager (task list)";

	private final VarianceService variances;

	ApplyVarianceReviewWorker(VarianceService variances) {
		this.variances = variances;
	}

	@JobWorker(type = PurchasingProcess.APPLY_REVIEW)
	public void apply(@Variable long companyId, @Variable long varianceCheckId, @Variable String reviewDecision,
			@Variable(name = "reviewNotes") String reviewNotes) {
		variances.review(companyId, varianceCheckId, ReviewDecision.valueOf(reviewDecision), reviewNotes, TASK_LIST_REVIEWER);
	}

}
