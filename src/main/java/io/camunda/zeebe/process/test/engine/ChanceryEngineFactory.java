package io.camunda.zeebe.process.test.engine;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.camunda.search.clients.SearchClientsProxy;
import io.camunda.security.auth.BrokerRequestAuthorizationConverter;
import io.camunda.security.configuration.SecurityConfiguration;
import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.engine.Engine;
import io.camunda.zeebe.engine.EngineConfiguration;
import io.camunda.zeebe.engine.processing.EngineProcessors;
import io.camunda.zeebe.engine.processing.message.command.SubscriptionCommandSender;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.db.InMemoryDbFactory;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.impl.record.value.job.JobRecord;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.scheduler.ActorScheduler;
import io.camunda.zeebe.scheduler.clock.ControlledActorClock;
import io.camunda.zeebe.stream.impl.ControllableStreamClockImpl;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import io.camunda.zeebe.util.FeatureFlags;
import io.grpc.BindableService;
import io.grpc.Server;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Chancery's copy of zeebe-process-test's {@link EngineFactory#create(int)} with two parts chosen by
 * the caller: the log storage (a file makes the engine durable: on start the stream processor
 * rebuilds its state by replaying the log's events) and the gRPC server (bound to loopback). It sits
 * in the engine's package because the parts it assembles are package-private, so that a change of
 * those parts in a new engine version shows up at compile time rather than at run time.
 */
public final class ChanceryEngineFactory {

	private static final int PARTITION_ID = 1;

	private static final int PARTITION_COUNT = 1;

	private ChanceryEngineFactory() {
	}

	/** The stock in-memory storage: everything is lost with the JVM. */
	public static LogStorage inMemoryLogStorage() {
		return new InMemoryLogStorage();
	}

	/** An engine over the given log, not started; {@code grpcServer} builds the server for the gateway service. */
	public static AssembledEngine create(LogStorage logStorage, int port, Function<BindableService, Server> grpcServer) {
		ControlledActorClock clock = new ControlledActorClock();
		ActorScheduler scheduler = ActorScheduler.newActorScheduler().setActorClock(clock).build();
		scheduler.start();
		LogStream logStream = LogStream.builder()
			.withPartitionId(PARTITION_ID)
			.withLogStorage(logStorage)
			.withClock(clock)
			.withMeterRegistry(new SimpleMeterRegistry())
			.build();
		CommandWriter commandWriter = new CommandWriter(logStream.newLogStreamWriter());
		CommandSender commandSender = new CommandSender(commandWriter);
		GatewayRequestStore requestStore = new GatewayRequestStore();
		InMemoryJobStreamer jobStreamer = new InMemoryJobStreamer(commandWriter);
		GrpcToLogStreamGateway gateway = new GrpcToLogStreamGateway(commandWriter, PARTITION_ID, PARTITION_COUNT, port,
				requestStore, jobStreamer);
		Server server = grpcServer.apply(gateway);
		ZeebeDb<ZbColumnFamilies> database = new InMemoryDbFactory<ZbColumnFamilies>().createDb();
		SecurityConfiguration security = new SecurityConfiguration();
		security.getAuthorizations().setEnabled(false);
		StreamProcessor streamProcessor = StreamProcessor.builder()
			.logStream(logStream)
			.zeebeDb(database)
			.commandResponseWriter(new GrpcResponseWriter(gateway, requestStore, null))
			.partitionCommandSender(commandSender)
			.recordProcessors(List.of(new Engine(context -> EngineProcessors.createEngineProcessors(context,
					PARTITION_COUNT, new SubscriptionCommandSender(context.getPartitionId(), commandSender), commandSender,
					FeatureFlags.createDefault(), jobStreamer, SearchClientsProxy.noop(),
					new BrokerRequestAuthorizationConverter(security)), new EngineConfiguration(), security)))
			.actorSchedulingService(scheduler)
			.clock(new ControllableStreamClockImpl(clock))
			.meterRegistry(new SimpleMeterRegistry())
			.build();
		// The monitor only registers itself as the storage's commit listener, but its constructor
		// insists on the in-memory type: it gets a throw-away one and is registered here instead.
		EngineStateMonitor monitor = new EngineStateMonitor(new InMemoryLogStorage(), streamProcessor);
		logStorage.addCommitListener(monitor);
		RecordStreamSourceImpl records = new RecordStreamSourceImpl(logStream.newLogStreamReader(), PARTITION_ID);
		return new AssembledEngine(
				new InMemoryEngine(server, streamProcessor, gateway, database, logStream, scheduler, records, clock, monitor),
				streamProcessor, server, commandWriter);
	}

	/**
	 * The engine, started in two steps ({@link ZeebeTestEngine#start()} does both at once): first the
	 * stream processor (it replays the log and processes what is left in it), then the gateway, so
	 * that the log of an earlier life can be dealt with before any client connects.
	 */
	public static final class AssembledEngine {

		private final ZeebeTestEngine engine;

		private final StreamProcessor streamProcessor;

		private final Server grpcServer;

		private final CommandWriter commands;

		private AssembledEngine(ZeebeTestEngine engine, StreamProcessor streamProcessor, Server grpcServer,
				CommandWriter commands) {
			this.engine = engine;
			this.streamProcessor = streamProcessor;
			this.grpcServer = grpcServer;
			this.commands = commands;
		}

		public ZeebeTestEngine engine() {
			return engine;
		}

		public void startProcessing() {
			streamProcessor.openAsync(false).join();
		}

		public void startGateway() throws IOException {
			grpcServer.start();
		}

		/**
		 * Makes activated jobs activatable again, as the engine does for a job pushed to a worker that
		 * is gone. The engine rejects the command for a job that is no longer activated.
		 */
		public void yieldJobs(Map<Long, JobRecord> jobsByKey) {
			jobsByKey.forEach((key, job) -> commands.writeCommandWithKey(key, job,
					new RecordMetadata().recordType(RecordType.COMMAND).valueType(ValueType.JOB).intent(JobIntent.YIELD)));
		}

	}

}
