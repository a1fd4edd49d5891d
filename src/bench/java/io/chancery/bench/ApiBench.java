package io.chancery.bench;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /api/v1/documents?expiringWithin=10} under wrk with 64 connections, as a script calling the API
 * with HTTP Basic does, over the 1 000 000 seeded documents. wrk runs on the same two cores as the app.
 */
final class ApiBench {

	private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

	private static final Pattern P99 = Pattern.compile("^\\s*99%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);

	private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

	private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");

	private static final Pattern TIMEOUTS = Pattern.compile("Socket errors:.*timeout (\\d+)");

	void run(BenchReport report, int port) throws Exception {
		String url = "http://127.0.0.1:" + port + "/api/v1/documents?expiringWithin=10";
		String basic = "Authorization: Basic "
				+ Base64.getEncoder().encodeToString("staff@demo.chancery:demo".getBytes(StandardCharsets.UTF_8));
		wrk(url, basic, "5s");
		String out = String.join("\n", wrk(url, basic, "20s"));
		double rps = number(REQUESTS_PER_SECOND, out);
		Matcher p99 = P99.matcher(out);
		double p99Ms = p99.find() ? millis(Double.parseDouble(p99.group(1)), p99.group(2)) : Double.NaN;
		Matcher errors = NON_2XX.matcher(out);
		long non2xx = errors.find() ? Long.parseLong(errors.group(1)) : 0;
		Matcher timeouts = TIMEOUTS.matcher(out);
		long timedOut = timeouts.find() ? Long.parseLong(timeouts.group(1)) : 0;

		Map<String, Object> metrics = new LinkedHashMap<>();
		metrics.put("requests", (long) number(TOTAL, out));
		metrics.put("requestsPerSecond", rps);
		metrics.put("p99Ms", p99Ms);
		metrics.put("non2xx", non2xx);
		metrics.put("timeouts", timedOut);
		report.add("api: GET /api/v1/documents?expiringWithin=10, 64 connections", metrics, "≥ 3 000 req/s, p99 ≤ 50 ms",
				rps >= 3000 && p99Ms <= 50 && non2xx == 0 && timedOut == 0,
				"wrk -t2 -c64 -d20s --timeout 10s --latency after a 5 s warm-up run, HTTP Basic as staff of the demo company"
						+ " (20 000 of the seeded documents, about 60 within 10 days; first page of 20).");
	}

	private static List<String> wrk(String url, String header, String duration) throws Exception {
		return PdfBench.run(List.of("/usr/bin/wrk", "-t2", "-c64", "-d" + duration, "--timeout", "10s", "--latency", "-H", header, url));
	}

	private static double number(Pattern pattern, String out) {
		Matcher matcher = pattern.matcher(out);
		if (!matcher.find()) {
			throw new IllegalStateException("wrk printed no " + pattern + ":\n" + out);
		}
		return Double.parseDouble(matcher.group(1));
	}

	private static double millis(double value, String unit) {
		return switch (unit) {
			case "us" -> value / 1000;
			case "s" -> value * 1000;
			default -> value;
		};
	}

}
