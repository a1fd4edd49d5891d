package io.chancery.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.chancery.billing.Invoice;
import io.chancery.billing.InvoiceService;
import io.chancery.billing.LineInput;
import io.chancery.billing.internal.BillingPdfs;

/**
 * The invoice PDF with 20 lines, rendered warm by the app (pdfHTML), against the same HTML rendered warm by
 * WeasyPrint in one Python process (its start-up is not counted), and once by the {@code weasyprint} command.
 */
final class PdfBench {

	private static final int LINES = 20;

	private static final int WARM_UP = 30;

	private static final int RENDERS = 200;

	private static final int WEASYPRINT_RENDERS = 20;

	private final InvoiceService invoices;

	private final BillingPdfs pdfs;

	PdfBench(InvoiceService invoices, BillingPdfs pdfs) {
		this.invoices = invoices;
		this.pdfs = pdfs;
	}

	void run(BenchReport report, long companyId, long customerId) throws Exception {
		List<LineInput> lines = new ArrayList<>();
		for (int i = 1; i <= LINES; i++) {
			lines.add(LineInput.of("Service line " + i + " — visa processing, typing and courier", BigDecimal.valueOf(i % 3 + 1),
					new BigDecimal("125.50").add(BigDecimal.valueOf(i)), new BigDecimal("5")));
		}
		Invoice invoice = invoices.createDraft(companyId, customerId, lines, "bench");
		invoices.issue(companyId, invoice.getId(), "bench");

		for (int i = 0; i < WARM_UP; i++) {
			pdfs.invoice(companyId, invoice.getId());
		}
		Samples app = new Samples();
		long bytes = 0;
		for (int i = 0; i < RENDERS; i++) {
			long start = System.nanoTime();
			bytes = pdfs.invoice(companyId, invoice.getId()).length;
			app.add(System.nanoTime() - start);
		}

		Path html = Files.createTempFile("bench-invoice", ".html");
		Files.writeString(html, pdfs.invoiceHtml(companyId, invoice.getId()));
		Samples weasy = weasyPrintWarm(html);
		double cliMillis = weasyPrintCommand(html);
		Files.deleteIfExists(html);

		double p50 = app.percentileMillis(50);
		double ratio = weasy.percentileMillis(50) / p50;
		Map<String, Object> metrics = new LinkedHashMap<>();
		metrics.put("renders", RENDERS);
		metrics.put("p50Ms", p50);
		metrics.put("p99Ms", app.percentileMillis(99));
		metrics.put("pdfBytes", bytes);
		metrics.put("weasyPrintWarmP50Ms", weasy.percentileMillis(50));
		metrics.put("weasyPrintWarmP99Ms", weasy.percentileMillis(99));
		metrics.put("weasyPrintCommandMs", cliMillis);
		metrics.put("weasyPrintOverAppP50", ratio);
		report.add("pdf: invoice with 20 lines, warm", metrics, "p50 ≤ 40 ms and ≥ 10× faster than WeasyPrint",
				p50 <= 40 && ratio >= 10,
				"app = BillingPdfs.invoice (data read + Thymeleaf + pdfHTML), timed per call after " + WARM_UP
						+ " warm-up renders; WeasyPrint renders the same HTML " + WEASYPRINT_RENDERS
						+ " times in one /usr/bin/python3 process (first render not counted), and once cold via /usr/bin/weasyprint.");
	}

	private static Samples weasyPrintWarm(Path html) throws IOException, InterruptedException {
		String script = """
				import sys, time, weasyprint
				source = open(sys.argv[1], encoding="utf-8").read()
				weasyprint.HTML(string=source).write_pdf()
				for _ in range(int(sys.argv[2])):
				    start = time.perf_counter_ns()
				    weasyprint.HTML(string=source).write_pdf()
				    print(time.perf_counter_ns() - start)
				""";
		Samples samples = new Samples();
		for (String line : run(List.of("/usr/bin/python3", "-c", script, html.toString(), String.valueOf(WEASYPRINT_RENDERS)))) {
			if (!line.isBlank()) {
				samples.add(Long.parseLong(line.trim()));
			}
		}
		return samples;
	}

	private static double weasyPrintCommand(Path html) throws IOException, InterruptedException {
		Path pdf = Files.createTempFile("bench-invoice", ".pdf");
		long start = System.nanoTime();
		run(List.of("/usr/bin/weasyprint", html.toString(), pdf.toString()));
		double millis = (System.nanoTime() - start) / 1e6;
		Files.deleteIfExists(pdf);
		return millis;
	}

	static List<String> run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException(command.getFirst() + " failed with exit code " + process.exitValue());
		}
		return out.lines().toList();
	}

}
