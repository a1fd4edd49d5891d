package io.chancery.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.chancery.tenancy.ChanceryUser;

import jakarta.servlet.http.HttpServletResponse;

@RestController
@PreAuthorize(Readers.COMPANY)
class ExportApiController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ListExporter exporter;

	private final ExportJobs jobs;

	ExportApiController(ListExporter exporter, ExportJobs jobs) {
		this.exporter = exporter;
		this.jobs = jobs;
	}

	/** A job as the API shows it: a download link once done, a retry link (POST) once failed. */
	record JobView(UUID id, String list, String status, long rows, Instant startedAt, Instant finishedAt, String error,
			URI statusUrl, URI downloadUrl, URI retryUrl) {

		static JobView of(ExportJob job) {
			URI status = URI.create("/api/v1/exports/jobs/" + job.id());
			return new JobView(job.id(), job.list(), job.status().name(), job.rows(), job.startedAt(), job.finishedAt(),
					job.error(), status, job.status() == ExportJob.Status.DONE ? URI.create(status + "/file") : null,
					job.status() == ExportJob.Status.FAILED ? URI.create(status + "/retry") : null);
		}

	}

	/** Streams the workbook straight into the response: nothing of it is held in memory. */
	@GetMapping("/api/v1/exports/{list}.xlsx")
	void download(@AuthenticationPrincipal ChanceryUser me, @PathVariable String list,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		ListExport export = exporter.list(list, me);
		DateRange range = new DateRange(from, to);
		attachment(response, export.name() + ".xlsx");
		try (OutputStream out = response.getOutputStream()) {
			exporter.export(me.companyId(), export, range, out, rows -> {
			});
		}
	}

	@PostMapping("/api/v1/exports/{list}")
	ResponseEntity<JobView> start(@AuthenticationPrincipal ChanceryUser me, @PathVariable String list,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		JobView job = JobView.of(jobs.start(me, list, new DateRange(from, to)));
		return ResponseEntity.accepted().location(job.statusUrl()).body(job);
	}

	@GetMapping("/api/v1/exports/jobs")
	List<JobView> mine(@AuthenticationPrincipal ChanceryUser me) {
		return jobs.of(me).stream().map(JobView::of).toList();
	}

	@GetMapping("/api/v1/exports/jobs/{id}")
	JobView status(@AuthenticationPrincipal ChanceryUser me, @PathVariable UUID id) {
		return JobView.of(jobs.get(me, id));
	}

	@PostMapping("/api/v1/exports/jobs/{id}/retry")
	ResponseEntity<JobView> retry(@AuthenticationPrincipal ChanceryUser me, @PathVariable UUID id) {
		JobView job = JobView.of(jobs.retry(me, id));
		return ResponseEntity.accepted().location(job.statusUrl()).body(job);
	}

	@GetMapping("/api/v1/exports/jobs/{id}/file")
	void file(@AuthenticationPrincipal ChanceryUser me, @PathVariable UUID id, HttpServletResponse response)
			throws IOException {
		ExportJob job = jobs.get(me, id);
		try (InputStream in = jobs.open(job)) {
			attachment(response, job.fileName());
			response.setContentLengthLong(job.fileSize());
			try (OutputStream out = response.getOutputStream()) {
				in.transferTo(out);
			}
		}
	}

	static void attachment(HttpServletResponse response, String fileName) {
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
	}

}
