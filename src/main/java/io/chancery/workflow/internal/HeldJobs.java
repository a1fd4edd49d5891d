package io.chancery.workflow.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camunda.zeebe.protocol.impl.record.value.job.JobRecord;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.intent.JobBatchIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobBatchRecordValue;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;

/**
 * The jobs a worker holds according to an engine's record log: activated, and since then neither
 * completed, failed, timed out, yielded, cancelled nor ended by an error. When the log is read back
 * after a restart, these are the jobs the workers of the earlier life took with them.
 */
final class HeldJobs {

	private HeldJobs() {
	}

	static Map<Long, JobRecord> of(List<Record<?>> records) {
		Map<Long, JobRecord> held = new LinkedHashMap<>();
		for (int i = 0; i < records.size(); i++) {
			Record<?> record = records.get(i);
			if (record.getRecordType() != RecordType.EVENT) {
				continue;
			}
			if (record.getIntent() == JobBatchIntent.ACTIVATED && record.getValue() instanceof JobBatchRecordValue batch) {
				List<Long> keys = batch.getJobKeys();
				List<JobRecordValue> jobs = batch.getJobs();
				for (int j = 0; j < keys.size(); j++) {
					held.put(keys.get(j), (JobRecord) jobs.get(j));
				}
			}
			else if (record.getValue() instanceof JobRecordValue && releases(record.getIntent())) {
				held.remove(record.getKey());
			}
		}
		return held;
	}

	private static boolean releases(Object intent) {
		return intent == JobIntent.COMPLETED || intent == JobIntent.FAILED || intent == JobIntent.TIMED_OUT
				|| intent == JobIntent.YIELDED || intent == JobIntent.CANCELED || intent == JobIntent.ERROR_THROWN;
	}

}
