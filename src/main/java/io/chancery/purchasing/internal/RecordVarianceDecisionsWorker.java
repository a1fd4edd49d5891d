package io.chancery.purchasing.internal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.chancery.purchasing.VarianceFinding;
import io.chancery.purchasing.VarianceService;

/** Stores what dmn/delivery-tolerance.dmn decided for each finding and tells the process whether a manager must look. */
@Component
public class RecordVarianceDecisionsWorker {

	private final VarianceService variances;

	RecordVarianceDecisionsWorker(VarianceService variances) {
		this.variances = variances;
	}

	@JobWorker(type = PurchasingProcess.RECORD_DECISIONS)
	public Map<String, Object> record(@Variable long companyId, @Variable long varianceCheckId,
			@Variable List<Map<String, Object>> findings, @Variable List<String> decisions) {
		var outcome = variances.recordDecisions(companyId, varianceCheckId,
				findings.stream().map(VarianceFinding::fromVariable).toList(), decisions);
		return Map.of("reviewNeeded", outcome.reviewNeeded(), "varianceSummary", outcome.summary());
	}

}
