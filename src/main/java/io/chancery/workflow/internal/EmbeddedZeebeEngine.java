package io.chancery.workflow.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.ChanceryEngineFactory;
import io.camunda.zeebe.process.test.engine.ChanceryEngineFactory.AssembledEngine;
import io.camunda.zeebe.protocol.impl.record.value.job.JobRecord;
import io.camunda.zeebe.protocol.record.Record;
import io.chancery.workflow.EngineClock;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;

/**
 * The Zeebe engine of zeebe-process-test, started inside this JVM with its gRPC gateway on the
 * loopback interface only: the gateway has no authentication, and the stock factory binds every
 * interface. With a log directory the engine is durable: its record log is a file, and a restart
 * (after a crash too) replays it, so processes, timers and variables continue where they were.
 * Without one everything is in memory and lost with the JVM (tests that need a throw-away engine).
 */
public final class EmbeddedZeebeEngine implements EngineClock {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedZeebeEngine.class);

	/** Replaying a long log takes a while: about a minute per 20 MB on a busy 2-core machine. */
	private static final Duration RESUME_TIMEOUT = Duration.ofMinutes(30);

	private record Running(ZeebeTestEngine engine, Server grpcServer) {
	}

	private final int port;

	private final FileLogStorage durableLog;

	private final CompletableFuture<Running> starting;

	private final EngineRun run;

	private EmbeddedZeebeEngine(int port, FileLogStorage durableLog) {
		this.port = port;
		this.durableLog = durableLog;
		this.run = new EngineRun(durableLog != null ? durableLog.runId() : UUID.randomUUID().toString(), true);
		// The engine takes seconds to start (longer when it replays a long log); it starts beside the
		// rest of the application, and whatever needs it first waits for it.
		this.starting = CompletableFuture.supplyAsync(() -> boot(port, durableLog), task -> {
			Thread thread = new Thread(task, "embedded-engine-start");
			thread.setDaemon(true);
			thread.start();
		});
	}

	/** Starts an engine on 127.0.0.1 in the background; port 0 picks a free port now. */
	public static EmbeddedZeebeEngine startInBackground(int port) {
		return new EmbeddedZeebeEngine(port == 0 ? freeLoopbackPort() : port, null);
	}

	/**
	 * Starts a durable engine in the background over the log in {@code logDirectory} (created when
	 * missing). {@code fsync}: see {@link FileLogStorage#open(Path, boolean)}.
	 */
	public static EmbeddedZeebeEngine startInBackground(int port, Path logDirectory, boolean fsync) {
		return new EmbeddedZeebeEngine(port == 0 ? freeLoopbackPort() : port, FileLogStorage.open(logDirectory, fsync));
	}

	/** Starts an engine on 127.0.0.1 and waits until it listens. */
	public static EmbeddedZeebeEngine start(int port) {
		EmbeddedZeebeEngine engine = startInBackground(port);
		engine.awaitStarted();
		return engine;
	}

	private static Running boot(int port, FileLogStorage durableLog) {
		long started = System.nanoTime();
		LogStorage storage = durableLog != null ? durableLog : ChanceryEngineFactory.inMemoryLogStorage();
		AtomicReference<Server> loopbackServer = new AtomicReference<>();
		AssembledEngine assembled = ChanceryEngineFactory.create(storage, port, gateway -> {
			loopbackServer.set(NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
				.addService(gateway)
				// The Camunda client pings every 45 s while it long-polls for jobs; gRPC servers by default
				// allow one ping per 5 minutes and then drop the connection with "too_many_pings".
				.permitKeepAliveTime(30, TimeUnit.SECONDS)
				.permitKeepAliveWithoutCalls(true)
				.build());
			return loopbackServer.get();
		});
		ZeebeTestEngine engine = assembled.engine();
		assembled.startProcessing();
		if (durableLog != null && durableLog.hadEntries()) {
			resume(engine, assembled, durableLog, started);
		}
		try {
			assembled.startGateway();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The embedded engine cannot listen on 127.0.0.1:" + port, e);
		}
		log.info("Embedded Zeebe engine listening on 127.0.0.1:{}", port);
		return new Running(engine, loopbackServer.get());
	}

	/**
	 * Before any client connects: the engine replays the log and processes the commands the last life
	 * wrote but did not process (their answers go nowhere: "Expected to execute side effects" errors
	 * in the log are those). Then every job still activated belongs to a worker of the last life, which
	 * is gone: it is made available again now rather than after its activation timeout (a year for
	 * user tasks, which the task worker then finds already recorded).
	 */
	private static void resume(ZeebeTestEngine engine, AssembledEngine assembled, FileLogStorage durableLog,
			long started) {
		try {
			engine.waitForIdleState(RESUME_TIMEOUT);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		catch (TimeoutException e) {
			throw new IllegalStateException("The embedded engine did not finish its log within " + RESUME_TIMEOUT, e);
		}
		Map<Long, JobRecord> held = HeldJobs.of(recordsOf(engine));
		assembled.yieldJobs(held);
		log.info("Embedded Zeebe engine resumed its log ({} bytes) in {} ms; {} jobs held by workers before the "
				+ "restart made available again", durableLog.sizeInBytes(), (System.nanoTime() - started) / 1_000_000,
				held.size());
	}

	private static int freeLoopbackPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException("No free port for the embedded engine", e);
		}
	}

	/** Blocks until the engine listens; rethrows what stopped it from starting. */
	public void awaitStarted() {
		running();
	}

	private Running running() {
		try {
			return starting.join();
		}
		catch (CompletionException e) {
			throw new IllegalStateException("The embedded engine did not start", e.getCause());
		}
	}

	public int port() {
		return port;
	}

	List<? extends SocketAddress> listenAddresses() {
		return running().grpcServer().getListenSockets();
	}

	public String address() {
		return "127.0.0.1:" + port();
	}

	EngineRun run() {
		return run;
	}

	@Override
	public void advance(Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("The engine clock only moves forward");
		}
		running().engine().increaseTime(duration);
	}

	/** The engine's record stream, for process tests that assert on what the engine did. */
	public RecordStreamSource records() {
		return running().engine().getRecordStreamSource();
	}

	/**
	 * The records so far, in stream order. The engine keeps them in a list that only grows, so a
	 * reader can remember an index; read it by index, as other threads may append meanwhile.
	 */
	List<Record<?>> recordsSoFar() {
		return recordsOf(running().engine());
	}

	@SuppressWarnings("unchecked")
	private static List<Record<?>> recordsOf(ZeebeTestEngine engine) {
		return (List<Record<?>>) engine.getRecordStreamSource().getRecords();
	}

	public void waitForIdleState(Duration timeout) {
		try {
			running().engine().waitForIdleState(timeout);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		catch (TimeoutException e) {
			throw new IllegalStateException("Engine did not become idle within " + timeout, e);
		}
	}

	public void stop() {
		if (starting.isDone() && !starting.isCompletedExceptionally()) {
			starting.join().engine().stop();
		}
		if (durableLog != null) {
			durableLog.close();
		}
	}

}
