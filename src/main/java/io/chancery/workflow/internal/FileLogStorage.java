package io.chancery.workflow.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map.Entry;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.zip.CRC32C;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import io.camunda.zeebe.util.buffer.BufferWriter;

/**
 * The embedded engine's log in one append-only file, so the engine survives a restart: on start it
 * replays the events. Blocks are also kept in memory, as the stock in-memory storage does (the
 * engine reads them back often). Each block is written as {@code length, lowest position, highest
 * position, CRC32C, bytes}; a block cut short or damaged by a crash is the last one written, and it
 * is cut off at start (it was never acknowledged: an append returns only after its write).
 * <p>
 * The file starts with a header naming the engine run: the run lives exactly as long as the log.
 */
final class FileLogStorage implements LogStorage, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(FileLogStorage.class);

	private static final byte[] MAGIC = "CHANCERY-ZEEBE-LOG-1\n".getBytes(StandardCharsets.US_ASCII);

	private static final int RUN_ID_LENGTH = 36;

	private static final int HEADER_LENGTH = MAGIC.length + RUN_ID_LENGTH + 1;

	private static final int FRAME_HEADER = Integer.BYTES + 2 * Long.BYTES + Integer.BYTES;

	private final FileChannel file;

	private final boolean fsync;

	private final String runId;

	private final List<ByteBuffer> blocks = new ArrayList<>();

	/** Lowest position of a block → its index + 1, as in the stock in-memory storage. */
	private final ConcurrentSkipListMap<Long, Integer> positions = new ConcurrentSkipListMap<>();

	private final Set<CommitListener> commitListeners = new CopyOnWriteArraySet<>();

	private final long bytesAtOpen;

	private FileLogStorage(FileChannel file, boolean fsync, String runId, long bytesAtOpen) {
		this.file = file;
		this.fsync = fsync;
		this.runId = runId;
		this.bytesAtOpen = bytesAtOpen;
	}

	/**
	 * Opens the log in {@code directory}, or starts a new one with a new run id. {@code fsync}: every
	 * append is forced to the disk before it counts as written; without it a crash of the JVM loses
	 * nothing, a crash of the operating system or power may lose the last appends.
	 */
	static FileLogStorage open(Path directory, boolean fsync) {
		try {
			Files.createDirectories(directory);
			Path path = directory.resolve("engine.log");
			FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			if (channel.size() < HEADER_LENGTH) {
				return create(channel, fsync);
			}
			ByteBuffer header = ByteBuffer.allocate(HEADER_LENGTH);
			readFully(channel, header, 0);
			byte[] magic = new byte[MAGIC.length];
			header.flip().get(magic);
			if (!Arrays.equals(magic, MAGIC)) {
				throw new IllegalStateException(path + " is not an engine log of Chancery");
			}
			byte[] run = new byte[RUN_ID_LENGTH];
			header.get(run);
			FileLogStorage storage = new FileLogStorage(channel, fsync, new String(run, StandardCharsets.US_ASCII),
					channel.size());
			storage.load(path);
			return storage;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot open the engine log in " + directory, e);
		}
	}

	private static FileLogStorage create(FileChannel channel, boolean fsync) throws IOException {
		String run = UUID.randomUUID().toString();
		ByteBuffer header = ByteBuffer.allocate(HEADER_LENGTH);
		header.put(MAGIC).put(run.getBytes(StandardCharsets.US_ASCII)).put((byte) '\n').flip();
		channel.truncate(0);
		channel.write(header, 0);
		channel.force(true);
		channel.position(HEADER_LENGTH);
		return new FileLogStorage(channel, fsync, run, HEADER_LENGTH);
	}

	private void load(Path path) throws IOException {
		long offset = HEADER_LENGTH;
		long size = file.size();
		ByteBuffer frameHeader = ByteBuffer.allocate(FRAME_HEADER);
		while (offset + FRAME_HEADER <= size) {
			frameHeader.clear();
			readFully(file, frameHeader, offset);
			frameHeader.flip();
			int length = frameHeader.getInt();
			long lowest = frameHeader.getLong();
			frameHeader.getLong();
			int checksum = frameHeader.getInt();
			if (length <= 0 || offset + FRAME_HEADER + length > size) {
				break;
			}
			ByteBuffer block = ByteBuffer.allocate(length);
			readFully(file, block, offset + FRAME_HEADER);
			block.flip();
			if (crc(block) != checksum) {
				break;
			}
			add(lowest, block);
			offset += FRAME_HEADER + length;
		}
		if (offset < size) {
			log.warn("Engine log {}: {} bytes after the last complete block cut off (a write the crash interrupted)",
					path, size - offset);
			file.truncate(offset);
			file.force(true);
		}
		file.position(offset);
		log.info("Engine log {}: {} blocks, {} bytes, engine run {}", path, blocks.size(), offset, runId);
	}

	private static void readFully(FileChannel channel, ByteBuffer into, long at) throws IOException {
		long position = at;
		while (into.hasRemaining()) {
			int read = channel.read(into, position);
			if (read < 0) {
				throw new IOException("Unexpected end of the engine log");
			}
			position += read;
		}
	}

	private static int crc(ByteBuffer block) {
		CRC32C crc = new CRC32C();
		crc.update(block.duplicate());
		return (int) crc.getValue();
	}

	String runId() {
		return runId;
	}

	/** Whether the log had blocks when it was opened: an earlier life of this engine wrote them. */
	boolean hadEntries() {
		return bytesAtOpen > HEADER_LENGTH;
	}

	long sizeInBytes() {
		try {
			return file.size();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public LogStorageReader newReader() {
		return new Reader();
	}

	@Override
	public void append(long lowestPosition, long highestPosition, BufferWriter bufferWriter, AppendListener listener) {
		ByteBuffer block = ByteBuffer.allocate(bufferWriter.getLength());
		bufferWriter.write(new UnsafeBuffer(block), 0);
		append(lowestPosition, highestPosition, block, listener);
	}

	/** Called by the engine's sequencer under its lock, so appends never interleave. */
	@Override
	public void append(long lowestPosition, long highestPosition, ByteBuffer block, AppendListener listener) {
		ByteBuffer content = block.duplicate();
		content.position(0);
		ByteBuffer frame = ByteBuffer.allocate(FRAME_HEADER + content.remaining());
		frame.putInt(content.remaining()).putLong(lowestPosition).putLong(highestPosition).putInt(crc(content));
		frame.put(content.duplicate()).flip();
		try {
			while (frame.hasRemaining()) {
				file.write(frame);
			}
			if (fsync) {
				file.force(false);
			}
		}
		catch (IOException e) {
			// The engine cannot go on without its log: its sequencer reports the failure to the writer.
			throw new UncheckedIOException("Cannot write the engine log", e);
		}
		int index = add(lowestPosition, content);
		listener.onWrite(index, highestPosition);
		listener.onCommit(index, highestPosition);
		commitListeners.forEach(CommitListener::onCommit);
	}

	private synchronized int add(long lowestPosition, ByteBuffer block) {
		blocks.add(block);
		int index = blocks.size();
		positions.put(lowestPosition, index);
		return index;
	}

	private synchronized int blockCount() {
		return blocks.size();
	}

	private synchronized ByteBuffer block(int index) {
		return blocks.get(index);
	}

	@Override
	public void addCommitListener(CommitListener listener) {
		commitListeners.add(listener);
	}

	@Override
	public void removeCommitListener(CommitListener listener) {
		commitListeners.remove(listener);
	}

	@Override
	public void close() {
		try {
			file.close();
		}
		catch (IOException e) {
			log.warn("Closing the engine log failed", e);
		}
	}

	/** Reads blocks in order; seek finds the block holding a position, as the stock in-memory reader does. */
	private final class Reader implements LogStorageReader {

		private int next;

		@Override
		public void seek(long position) {
			next = Optional.ofNullable(positions.lowerEntry(position)).map(Entry::getValue).map(i -> i - 1).orElse(0);
		}

		@Override
		public boolean hasNext() {
			return next >= 0 && next < blockCount();
		}

		@Override
		public DirectBuffer next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			return new UnsafeBuffer(block(next++));
		}

		@Override
		public void close() {
		}

	}

}
