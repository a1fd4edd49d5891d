package io.chancery.storage.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/**
 * Adobe S3Mock, a real S3-protocol server, as a separate process on 127.0.0.1. It runs from the
 * executable jar that the build copies to target/s3mock: never on the test classpath, since it is a
 * whole Spring Boot application of its own.
 */
final class S3MockServer implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	private final Process process;

	private final URI endpoint;

	private S3MockServer(Process process, URI endpoint) {
		this.process = process;
		this.endpoint = endpoint;
	}

	static S3MockServer start(Path storeRoot, String... buckets) throws IOException, InterruptedException {
		Path jar = Path.of(System.getProperty("s3mock.jar", "target/s3mock/s3mock.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: run the tests with Maven, whose "
					+ "generate-test-resources phase copies S3Mock's executable jar there");
		}
		Path log = jar.resolveSibling("s3mock.log");
		int port = freeLoopbackPort();
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", jar.toString(), "-Dloader.path=" + testClasses(),
				"org.springframework.boot.loader.launch.PropertiesLauncher",
				"--spring.main.sources=" + LoopbackConnectors.class.getName(),
				"--server.address=127.0.0.1", "--server.port=0", // S3Mock's HTTPS port, unused here
				"--com.adobe.testing.s3mock.httpPort=" + port,
				"--com.adobe.testing.s3mock.store.initialBuckets=" + String.join(",", buckets),
				"--com.adobe.testing.s3mock.store.root=" + storeRoot, "--logging.level.root=WARN")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		S3MockServer server = new S3MockServer(process, URI.create("http://127.0.0.1:" + port));
		try {
			server.awaitReady(log);
		}
		catch (IOException | InterruptedException | RuntimeException e) {
			server.close();
			throw e;
		}
		return server;
	}

	URI endpoint() {
		return endpoint;
	}

	/** Polls until S3Mock lists its buckets; a start that fails or hangs ends the wait with its log. */
	private void awaitReady(Path log) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("S3Mock exited with " + process.exitValue() + ":\n" + Files.readString(log));
			}
			try {
				if (http.send(HttpRequest.newBuilder(endpoint).build(), HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYetListening) {
				// keep polling
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("S3Mock did not answer within " + START_TIMEOUT + ":\n" + Files.readString(log));
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

	private static int freeLoopbackPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** Where {@link LoopbackConnectors} was compiled to, for S3Mock's launcher to load it from. */
	private static Path testClasses() {
		try {
			return Path.of(LoopbackConnectors.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Runs inside the S3Mock process (named by spring.main.sources): S3Mock serves plain HTTP on an
	 * extra Tomcat connector that ignores server.address and would listen on every interface.
	 */
	static class LoopbackConnectors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.getAdditionalTomcatConnectors().forEach(connector -> connector.setProperty("address", "127.0.0.1"));
		}

	}

}
