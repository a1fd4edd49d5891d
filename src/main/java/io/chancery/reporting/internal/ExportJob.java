package io.chancery.reporting.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** A list export running in the background; its file waits in a temporary folder until collected. */
final class ExportJob {

	enum Status {

		RUNNING, DONE, FAILED

	}

	private final UUID id = UUID.randomUUID();

	private final long companyId;

	private final long userId;

	private final ListExport list;

	private final DateRange range;

	private final Path file;

	private final Instant startedAt;

	private final AtomicLong rows = new AtomicLong();

	private volatile Status status = Status.RUNNING;

	private volatile Instant finishedAt;

	private volatile String error;

	ExportJob(long companyId, long userId, ListExport list, DateRange range, Path file, Instant startedAt) {
		this.companyId = companyId;
		this.userId = userId;
		this.list = list;
		this.range = range;
		this.file = file;
		this.startedAt = startedAt;
	}

	void progress(long rowsWritten) {
		rows.set(rowsWritten);
	}

	void done(Instant at) {
		finishedAt = at;
		status = Status.DONE;
	}

	void failed(Instant at, String message) {
		finishedAt = at;
		error = message;
		status = Status.FAILED;
	}

	boolean ownedBy(long company, long user) {
		return companyId == company && userId == user;
	}

	UUID id() {
		return id;
	}

	ListExport list() {
		return list;
	}

	DateRange range() {
		return range;
	}

	Path file() {
		return file;
	}

	Instant startedAt() {
		return startedAt;
	}

	long rows() {
		return rows.get();
	}

	Status status() {
		return status;
	}

	Instant finishedAt() {
		return finishedAt;
	}

	String error() {
		return error;
	}

	String fileName() {
		return list.name() + "-" + startedAt.toString().substring(0, 10) + ".xlsx";
	}

}
