package io.chancery.reporting.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A list export running in the background, as recorded in {@code export_job}; its finished file is
 * in the file store's private area under {@code fileKey}.
 */
record ExportJob(UUID id, long companyId, long userId, String list, DateRange range, Status status, long rows,
		String fileKey, Long fileSize, String error, Instant startedAt, Instant finishedAt) {

	enum Status {

		RUNNING, DONE, FAILED

	}

	boolean ownedBy(long company, long user) {
		return companyId == company && userId == user;
	}

	/** The same job with the rows written so far (a job running in this process counts in memory). */
	ExportJob withRows(long written) {
		return new ExportJob(id, companyId, userId, list, range, status, written, fileKey, fileSize, error, startedAt,
				finishedAt);
	}

	String fileName() {
		return list + "-" + startedAt.toString().substring(0, 10) + ".xlsx";
	}

}
