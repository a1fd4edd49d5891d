package io.chancery.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The suite's results: {@code results.json} for machines, {@code summary.md} for people. Each result carries
 * the machine's load average when it was taken, because other work on a shared machine moves every number;
 * ratios measured in the same run (the app against the bare engine, pdfHTML against WeasyPrint) move less.
 */
final class BenchReport {

	/** One measurement: metrics in their units (named in the key), the target it is judged by, and the load. */
	record Result(String name, Map<String, Object> metrics, String target, Boolean targetMet, String notes,
			double[] loadAverage, Instant measuredAt) {
	}

	private final List<Result> results = new ArrayList<>();

	private final Path directory;

	BenchReport(Path directory) {
		this.directory = directory;
	}

	synchronized void add(String name, Map<String, Object> metrics, String target, Boolean targetMet, String notes) {
		results.add(new Result(name, new LinkedHashMap<>(metrics), target, targetMet, notes, loadAverage(), Instant.now()));
		write();
	}

	/** The 1, 5 and 15 minute load averages from /proc/loadavg (what {@code uptime} shows). */
	static double[] loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return new double[] { Double.parseDouble(fields[0]), Double.parseDouble(fields[1]), Double.parseDouble(fields[2]) };
		}
		catch (IOException | RuntimeException unreadable) {
			return new double[0];
		}
	}

	/** Written after every result, so a run stopped halfway still leaves what it measured. */
	private void write() {
		try {
			Files.createDirectories(directory);
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(), "java",
					System.getProperty("java.version"), "maxHeapMb", Runtime.getRuntime().maxMemory() >> 20));
			json.put("results", results);
			new ObjectMapper().registerModule(new JavaTimeModule())
				.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
				.enable(SerializationFeature.INDENT_OUTPUT)
				.writeValue(directory.resolve("results.json").toFile(), json);
			Files.writeString(directory.resolve("summary.md"), markdown());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String markdown() {
		StringBuilder md = new StringBuilder("# Chancery benchmarks\n\n")
			.append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ").append(System.getProperty("java.version"))
			.append(". Load is the 1/5/15-minute load average when the result was taken: above the core count, other work")
			.append(" competed for the CPU and the absolute numbers are low; compare the ratios.\n\n")
			.append("| benchmark | result | target | met | load |\n|---|---|---|---|---|\n");
		for (Result result : results) {
			StringBuilder metrics = new StringBuilder();
			result.metrics().forEach((key, value) -> metrics.append(metrics.isEmpty() ? "" : ", ").append(key).append(" ")
				.append(value instanceof Double d ? String.format("%.2f", d) : value));
			md.append("| ").append(result.name()).append(" | ").append(metrics).append(" | ")
				.append(result.target() == null ? "" : result.target()).append(" | ")
				.append(result.targetMet() == null ? "" : result.targetMet() ? "yes" : "**no**").append(" | ")
				.append(load(result.loadAverage())).append(" |\n");
		}
		md.append('\n');
		for (Result result : results) {
			if (result.notes() != null) {
				md.append("- **").append(result.name()).append("**: ").append(result.notes()).append('\n');
			}
		}
		return md.toString();
	}

	private static String load(double[] load) {
		return load.length == 3 ? String.format("%.2f / %.2f / %.2f", load[0], load[1], load[2]) : "?";
	}

}
