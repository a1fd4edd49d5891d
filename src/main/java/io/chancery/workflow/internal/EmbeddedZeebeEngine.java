package io.chancery.workflow.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.process.test.engine.InMemoryEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.chancery.workflow.EngineClock;
import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;

/**
 * The in-memory Zeebe engine, started inside this JVM with its gRPC gateway on the loopback
 * interface only: the gateway has no authentication, and the stock factory binds every interface.
 */
public final class EmbeddedZeebeEngine implements EngineClock {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedZeebeEngine.class);

	private record Running(ZeebeTestEngine engine, Server grpcServer) {
	}

	private final int port;

	private final CompletableFuture<Running> starting;

	private final EngineRun run = new EngineRun(UUID.randomUUID().toString(), true);

	private EmbeddedZeebeEngine(int port) {
		this.port = port;
		// The engine takes seconds to start; it starts beside the rest of the application, and
		// whatever needs it first waits for it.
		this.starting = CompletableFuture.supplyAsync(() -> boot(port), task -> {
			Thread thread = new Thread(task, "embedded-engine-start");
			thread.setDaemon(true);
			thread.start();
		});
	}

	/** Starts an engine on 127.0.0.1 in the background; port 0 picks a free port now. */
	public static EmbeddedZeebeEngine startInBackground(int port) {
		return new EmbeddedZeebeEngine(port == 0 ? freeLoopbackPort() : port);
	}

	/** Starts an engine on 127.0.0.1 and waits until it listens. */
	public static EmbeddedZeebeEngine start(int port) {
		EmbeddedZeebeEngine engine = startInBackground(port);
		engine.awaitStarted();
		return engine;
	}

	private static Running boot(int port) {
		ZeebeTestEngine stock = EngineFactory.create(port);
		BindableService gateway = field(stock, "gateway");
		// The factory builds but does not start its server; we replace it with one bound to loopback.
		Server loopbackServer = NettyServerBuilder
			.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
			.addService(gateway)
			// The Camunda client pings every 45 s while it long-polls for jobs; gRPC servers by default
			// allow one ping per 5 minutes and then drop the connection with "too_many_pings".
			.permitKeepAliveTime(30, TimeUnit.SECONDS)
			.permitKeepAliveWithoutCalls(true)
			.build();
		ZeebeTestEngine engine = rebuild(stock, loopbackServer, gateway);
		engine.start();
		log.info("Embedded Zeebe engine listening on 127.0.0.1:{}", port);
		return new Running(engine, loopbackServer);
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

	/** Several engine parts are package-private types, so the public constructor is called reflectively. */
	private static ZeebeTestEngine rebuild(ZeebeTestEngine stock, Server grpcServer, BindableService gateway) {
		try {
			Constructor<?> constructor = InMemoryEngine.class.getConstructors()[0];
			return (ZeebeTestEngine) constructor.newInstance(grpcServer, field(stock, "streamProcessor"), gateway,
					field(stock, "database"), field(stock, "logStream"), field(stock, "scheduler"),
					field(stock, "recordStream"), field(stock, "clock"), field(stock, "engineStateMonitor"));
		}
		catch (ReflectiveOperationException | IllegalArgumentException e) {
			throw new IllegalStateException("Unsupported zeebe-process-test-engine version", e);
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
	@SuppressWarnings("unchecked")
	List<Record<?>> recordsSoFar() {
		return (List<Record<?>>) running().engine().getRecordStreamSource().getRecords();
	}

	public void waitForIdleState(Duration timeout) {
		try {
			running().engine().waitForIdleState(timeout);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		catch (java.util.concurrent.TimeoutException e) {
			throw new IllegalStateException("Engine did not become idle within " + timeout, e);
		}
	}

	public void stop() {
		if (starting.isDone() && !starting.isCompletedExceptionally()) {
			starting.join().engine().stop();
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T field(Object owner, String name) {
		try {
			Field field = owner.getClass().getDeclaredField(name);
			field.setAccessible(true);
			return (T) field.get(owner);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("Unsupported zeebe-process-test-engine version: no field " + name, e);
		}
	}

}
