package io.chancery.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import io.chancery.shared.ConflictException;
import io.chancery.shared.NotFoundException;
import io.chancery.storage.FileKind;
import io.chancery.storage.FileStore;
import io.chancery.storage.StorageArea;
import io.chancery.storage.StoredFile;
import io.chancery.tenancy.ChanceryUser;

import jakarta.annotation.PreDestroy;

/**
 * Background exports. Each job is a row in {@code export_job} and its finished file sits in the file
 * store's private area, so both outlive a restart. The process running a job keeps its progress in
 * memory and writes it, as a heartbeat, every few seconds; a job whose heartbeat stopped (its process
 * stopped mid-way) is marked failed and can be retried. Finished jobs and their files are deleted
 * after {@link #KEPT_FOR}. Two exports run at a time per process; more wait their turn.
 */
@Service
class ExportJobs {

	private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);

	/** How long a finished export can be downloaded (and a failed one retried). */
	static final Duration KEPT_FOR = Duration.ofHours(24);

	/** A running job unheard of for this long lost its process: six missed heartbeats. */
	static final Duration SILENT_FOR = Duration.ofMinutes(1);

	static final String INTERRUPTED = "The export was interrupted (the application stopped); retry it.";

	private static final String FAILED = "The export failed; try again or narrow the date range.";

	private final ExecutorService runner = Executors.newFixedThreadPool(2,
			Thread.ofPlatform().name("export-", 1).daemon().factory());

	/** Rows written so far by the jobs this process runs. */
	private final Map<UUID, AtomicLong> running = new ConcurrentHashMap<>();

	private final ListExporter exporter;

	private final ExportJobStore store;

	private final FileStore files;

	private final Clock clock;

	ExportJobs(ListExporter exporter, ExportJobStore store, FileStore files, Clock clock) {
		this.exporter = exporter;
		this.store = store;
		this.files = files;
		this.clock = clock;
	}

	ExportJob start(ChanceryUser user, String listName, DateRange range) {
		return start(user.companyId(), user.id(), exporter.list(listName, user).name(), range);
	}

	private ExportJob start(long companyId, long userId, String list, DateRange range) {
		ExportJob job = new ExportJob(UUID.randomUUID(), companyId, userId, list, range, ExportJob.Status.RUNNING, 0, null,
				null, null, clock.instant(), null);
		AtomicLong rows = new AtomicLong();
		running.put(job.id(), rows);
		store.insert(job);
		runner.execute(() -> run(job, rows));
		return job;
	}

	/** Writes the workbook to a temporary file, then hands it to the file store. */
	private void run(ExportJob job, AtomicLong rows) {
		Path temp = null;
		try {
			temp = Files.createTempFile("chancery-export-", ".xlsx");
			long written;
			try (OutputStream out = Files.newOutputStream(temp)) {
				written = exporter.export(job.companyId(), exporter.list(job.list()), job.range(), out, rows::set);
			}
			StoredFile file;
			try (InputStream in = Files.newInputStream(temp)) {
				file = files.storeGenerated(StorageArea.PRIVATE, in, FileKind.XLSX);
			}
			store.done(job.id(), written, file.key(), file.size(), clock.instant());
		}
		catch (IOException | RuntimeException e) {
			log.warn("Export {} of {} failed", job.id(), job.list(), e);
			store.failed(job.id(), FAILED, clock.instant());
		}
		finally {
			running.remove(job.id());
			if (temp != null) {
				deleteTemporary(temp);
			}
		}
	}

	/** The caller's own job; anyone else's is "not found". */
	ExportJob get(ChanceryUser user, UUID id) {
		return store.find(id).filter(job -> job.ownedBy(user.companyId(), user.id())).map(this::live)
			.orElseThrow(() -> new NotFoundException("Export", id));
	}

	List<ExportJob> of(ChanceryUser user) {
		return store.of(user.companyId(), user.id()).stream().map(this::live).toList();
	}

	/** Runs a failed export again, with the same list and range, in place of the failed one. */
	ExportJob retry(ChanceryUser user, UUID id) {
		ExportJob failed = get(user, id);
		if (failed.status() != ExportJob.Status.FAILED) {
			throw new ConflictException("Only a failed export can be retried; this one is " + failed.status().name().toLowerCase());
		}
		store.delete(failed.id());
		return start(failed.companyId(), failed.userId(), failed.list(), failed.range());
	}

	/** The finished file; the caller closes the stream. */
	InputStream open(ExportJob job) {
		if (job.status() != ExportJob.Status.DONE) {
			throw new ConflictException("The export is " + job.status().name().toLowerCase() + "; there is no file to download");
		}
		return files.open(StorageArea.PRIVATE, job.fileKey());
	}

	/** A job this process runs counts its rows in memory; the row has them as of the last heartbeat. */
	private ExportJob live(ExportJob job) {
		AtomicLong rows = running.get(job.id());
		return rows == null ? job : job.withRows(rows.get());
	}

	/**
	 * Writes the progress of this process's jobs (their heartbeat), then fails the running jobs whose
	 * heartbeat stopped: their process ended mid-way. Runs at start-up too, so jobs a restart cut
	 * short show as failed within {@link #SILENT_FOR} of it.
	 */
	@Scheduled(fixedDelay = 10, timeUnit = TimeUnit.SECONDS)
	void heartbeat() {
		Instant now = clock.instant();
		running.forEach((id, rows) -> store.heartbeat(id, rows.get(), now));
		int interrupted = store.failSilent(now.minus(SILENT_FOR), running.keySet(), INTERRUPTED, now);
		if (interrupted > 0) {
			log.info("{} export(s) were interrupted and are now failed", interrupted);
		}
	}

	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.HOURS)
	void forgetOldJobs() {
		for (ExportJob job : store.finishedBefore(clock.instant().minus(KEPT_FOR))) {
			if (job.fileKey() != null) {
				files.delete(StorageArea.PRIVATE, job.fileKey());
			}
			store.delete(job.id());
		}
	}

	/** On a clean stop the jobs cut short are failed at once, rather than when their heartbeat is missed. */
	@PreDestroy
	void stop() {
		runner.shutdownNow();
		Instant now = clock.instant();
		running.keySet().forEach(id -> store.failed(id, INTERRUPTED, now));
	}

	private static void deleteTemporary(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException e) {
			// a file left in the temporary folder is harmless; the export itself is settled
			log.warn("Could not delete {}", path, e);
		}
	}

}
