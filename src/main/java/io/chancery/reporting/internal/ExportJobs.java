package io.chancery.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import io.chancery.shared.NotFoundException;
import io.chancery.tenancy.ChanceryUser;

import jakarta.annotation.PreDestroy;

/**
 * Background exports. Jobs live in memory and their files in a temporary folder: an export is a
 * convenience copy of data that stays in the database, so a restart losing unfinished or
 * uncollected files costs a re-run, not data. Two exports run at a time; more wait their turn.
 */
@Service
class ExportJobs {

	private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);

	/** How long a finished export can be downloaded. */
	static final Duration KEPT_FOR = Duration.ofHours(24);

	private final ExecutorService runner = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("export-", 1).daemon().factory());

	private final Map<UUID, ExportJob> jobs = new ConcurrentHashMap<>();

	private final ListExporter exporter;

	private final Clock clock;

	private final Path folder;

	ExportJobs(ListExporter exporter, Clock clock) throws IOException {
		this.exporter = exporter;
		this.clock = clock;
		this.folder = Files.createTempDirectory("chancery-exports");
	}

	ExportJob start(ChanceryUser user, String listName, DateRange range) {
		ListExport list = exporter.list(listName, user);
		ExportJob job = new ExportJob(user.companyId(), user.id(), list, range, folder.resolve(UUID.randomUUID() + ".xlsx"),
				clock.instant());
		jobs.put(job.id(), job);
		runner.execute(() -> run(job, user.companyId()));
		return job;
	}

	private void run(ExportJob job, long companyId) {
		try (OutputStream out = Files.newOutputStream(job.file())) {
			exporter.export(companyId, job.list(), job.range(), out, job::progress);
			job.done(clock.instant());
		}
		catch (IOException | RuntimeException e) {
			log.warn("Export {} of {} failed", job.id(), job.list().name(), e);
			job.failed(clock.instant(), "The export failed; try again or narrow the date range.");
			delete(job.file());
		}
	}

	/** The caller's own job; anyone else's is "not found". */
	ExportJob get(ChanceryUser user, UUID id) {
		ExportJob job = jobs.get(id);
		if (job == null || !job.ownedBy(user.companyId(), user.id())) {
			throw new NotFoundException("Export", id);
		}
		return job;
	}

	List<ExportJob> of(ChanceryUser user) {
		return jobs.values().stream()
			.filter(job -> job.ownedBy(user.companyId(), user.id()))
			.sorted(Comparator.comparing(ExportJob::startedAt).reversed())
			.toList();
	}

	@Scheduled(fixedDelay = 1, timeUnit = java.util.concurrent.TimeUnit.HOURS)
	void forgetOldJobs() {
		Instant cutoff = clock.instant().minus(KEPT_FOR);
		jobs.values().removeIf(job -> {
			boolean old = job.finishedAt() != null && job.finishedAt().isBefore(cutoff);
			if (old) {
				delete(job.file());
			}
			return old;
		});
	}

	@PreDestroy
	void stop() {
		runner.shutdownNow();
		jobs.values().forEach(job -> delete(job.file()));
		delete(folder);
	}

	private static void delete(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException e) {
			// a file left behind in the temporary folder is harmless; the export itself is settled
			log.warn("Could not delete {}", path, e);
		}
	}

}
