package app.haven.infrastructure.storage;

import com.sun.nio.file.ExtendedOpenOption;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A new file, written once from start to end and forced to the device when it is closed: how
 * attachment storage writes. Where the file system allows it, the file is opened for direct I/O
 * (O_DIRECT): its bytes go from an aligned buffer straight to the device instead of through the
 * page cache, so a 10 MiB upload takes no fresh memory from the system for it (on a virtual
 * machine that hands its free memory back to the host, those 2,560 pages cost 40 to 80 ms an
 * upload, issue 9), the file pushes nobody else's out of the cache, and the closing force has only
 * the file's metadata left to write. Elsewhere (a file system without direct I/O, such as tmpfs)
 * it is written through the page cache and forced as a whole.
 *
 * <p>Writes are handed to a writer (attachment storage's writer threads on the server) one chunk
 * at a time while the caller fills the next chunk: a direct write waits for the device, and the
 * writer waits instead of the upload, which goes on reading and encrypting meanwhile (issue 9).
 * At most one write of a file is under way at any time, and a failed one fails the next write or
 * the close.
 */
final class DurableFile extends OutputStream {

    /**
     * Bytes gathered before each write: 10 direct writes for a 10 MiB file. With 256 KiB chunks
     * (40 writes) the device took as long, but each hand-off to the writer and back waited for a
     * thread to be scheduled on a server whose cores the upload keeps busy: a 10 MiB upload waited
     * 3-21 ms for its writes, against 1-7 ms with these (issue 9). Two such buffers per file being
     * written, direct ones on a disk: 32 MiB for 16 uploads at once, and the spares kept for the next
     * files at most 8 MiB.
     */
    static final int CHUNK = 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(DurableFile.class.getName());
    private static final Optional<OpenOption> DIRECT = directOption();
    /** How long a chunk's write may take before the file counts as failed (a device that stopped answering). */
    private static final long WRITE_TIMEOUT_SECONDS = 120;
    /** Aligned buffers of files closed, for the next files (they held only what was written: ciphertext). */
    private static final BlockingQueue<ByteBuffer> SPARE = new ArrayBlockingQueue<>(8);
    /** Per folder, found with its first file: the block size files there are written in directly, or 0 for none. */
    private static final Map<Path, Integer> DIRECT_BLOCK = new ConcurrentHashMap<>();

    private final FileChannel channel;
    private final Executor writer;
    private final int block;
    private final boolean direct;
    /** The chunk being filled. */
    private ByteBuffer buffer;
    /** The chunk being written, or the one written last (then free to fill). */
    private ByteBuffer other;
    /** The write under way, if any. */
    private FutureTask<Void> writing;
    /** Bytes handed to the writer so far, with the padding of a last block. */
    private long written;
    private boolean closed;
    /** A write failed: what the buffer holds is no longer known to follow what the file holds. */
    private boolean failed;
    /** A write was still under way when the file was given up: its buffer cannot be used again. */
    private boolean abandoned;

    private DurableFile(FileChannel channel, ByteBuffer[] buffers, int block, boolean direct, Executor writer) {
        this.channel = channel;
        this.buffer = buffers[0];
        this.other = buffers[1];
        this.block = block;
        this.direct = direct;
        this.writer = writer;
    }

    /**
     * Creates the file (it must not exist), then opens it for direct I/O where its folder's file
     * system allows it; its chunks are written by {@code writer}. A file that exists is left as it
     * is; nothing is ever deleted here.
     */
    static DurableFile create(Path file, Executor writer) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        int block = DIRECT_BLOCK.computeIfAbsent(folder, DurableFile::directBlock);
        return create(file, block, writer);
    }

    /** Creates the file, written directly in blocks of {@code block} bytes if that is possible (0: buffered). */
    static DurableFile create(Path file, int block, Executor writer) throws IOException {
        FileChannel created = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        if (block > 0 && DIRECT.isPresent()) {
            ByteBuffer[] aligned = new ByteBuffer[2];
            FileChannel direct = null;
            try {
                aligned[0] = alignedBuffer(block);
                aligned[1] = alignedBuffer(block);
                direct = FileChannel.open(file, StandardOpenOption.WRITE, DIRECT.get());
            } catch (IOException | UnsupportedOperationException refused) {
                release(aligned);
                DIRECT_BLOCK.put(file.toAbsolutePath().getParent(), 0);
                LOG.log(Level.INFO, "Attachment files are written through the page cache: their file system refused direct I/O",
                        refused);
            } catch (RuntimeException | Error unexpected) {
                created.close();
                throw unexpected;
            }
            if (direct != null) {
                try (FileChannel first = created) {
                    return new DurableFile(direct, aligned, block, true, writer);
                } catch (IOException notClosed) {
                    direct.close();
                    throw notClosed;
                }
            }
        }
        return new DurableFile(created, heapBuffers(), 1, false, writer);
    }

    /** Creates the file (it must not exist), written through the page cache. */
    static DurableFile buffered(Path file, Executor writer) throws IOException {
        return create(file, 0, writer);
    }

    /** A file already open, written through the page cache (for tests of a channel that fails). */
    static DurableFile over(FileChannel channel, Executor writer) {
        return new DurableFile(channel, heapBuffers(), 1, false, writer);
    }

    private static ByteBuffer[] heapBuffers() {
        return new ByteBuffer[] {ByteBuffer.allocate(CHUNK), ByteBuffer.allocate(CHUNK)};
    }

    /** The block size of the folder's file system if direct writes in it can be tried, else 0. */
    private static int directBlock(Path folder) {
        try {
            long block = Files.getFileStore(folder).getBlockSize();
            return block > 0 && Long.bitCount(block) == 1 && CHUNK % block == 0 ? (int) block : 0;
        } catch (IOException | UnsupportedOperationException unknown) {
            return 0;
        }
    }

    /** Whether the bytes go to the device directly. */
    boolean direct() {
        return direct;
    }

    @Override
    public void write(int b) throws IOException {
        writable();
        buffer.put((byte) b);
        if (!buffer.hasRemaining()) {
            writeBuffer();
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        writable();
        for (int left = length; left > 0; ) {
            int taken = Math.min(left, buffer.remaining());
            buffer.put(bytes, offset + length - left, taken);
            left -= taken;
            if (!buffer.hasRemaining()) {
                writeBuffer();
            }
        }
    }

    private void writable() throws IOException {
        if (closed || failed) {
            throw new IOException(closed ? "The file is closed" : "An earlier write to the file failed");
        }
    }

    /**
     * Writes what is left and forces the file to the device, once the write under way has ended.
     * With direct I/O, the last bytes go in a whole block padded with zeros, and the file is then
     * cut to its length. After a failed write it only closes the file (whoever wrote it removes
     * it). Closing again does nothing.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (channel) {
            awaitWriting();
            if (failed) {
                return;
            }
            long length = written + buffer.position();
            while (direct && buffer.position() % block != 0) {
                buffer.put((byte) 0);
            }
            buffer.flip();
            writeFully(buffer);
            if (direct) {
                channel.truncate(length);
            }
            channel.force(true);
        } finally {
            if (direct && !abandoned) {
                release(new ByteBuffer[] {buffer, other});
            }
        }
    }

    /** Hands the full chunk to the writer once the write before it has ended, and goes on filling the other. */
    private void writeBuffer() throws IOException {
        awaitWriting();
        ByteBuffer full = buffer.flip();
        int bytes = full.remaining();
        FutureTask<Void> write = new FutureTask<>(() -> {
            writeFully(full);
            return null;
        });
        try {
            writer.execute(write);
        } catch (RejectedExecutionException stopping) {
            failed = true;
            throw new IOException("The file's writer is not running", stopping);
        }
        writing = write;
        written += bytes;
        buffer = other.clear();
        other = full;
    }

    /** Waits for the write under way, if any; one that failed, or did not end in time, fails the file. */
    private void awaitWriting() throws IOException {
        if (writing == null) {
            return;
        }
        try {
            writing.get(WRITE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            writing = null;
        } catch (ExecutionException writeFailed) {
            writing = null;
            failed = true;
            throw writeFailed.getCause() instanceof IOException io ? io : new IOException(writeFailed.getCause());
        } catch (InterruptedException | TimeoutException stillWriting) {
            if (stillWriting instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            failed = true;
            abandoned = true;
            InterruptedIOException gaveUp = new InterruptedIOException("A write to the file did not end");
            gaveUp.initCause(stillWriting);
            throw gaveUp;
        }
    }

    private void writeFully(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    private static void release(ByteBuffer[] buffers) {
        for (ByteBuffer spare : buffers) {
            if (spare != null) {
                SPARE.offer(spare.clear());
            }
        }
    }

    private static ByteBuffer alignedBuffer(int block) {
        ByteBuffer spare = SPARE.poll();
        if (spare != null && spare.capacity() == CHUNK && spare.alignmentOffset(0, block) == 0) {
            return spare;
        }
        return ByteBuffer.allocateDirect(CHUNK + block).alignedSlice(block).limit(CHUNK).slice();
    }

    /** The JDK's direct I/O option, where this runtime has it (it lies in the jdk.unsupported module). */
    private static Optional<OpenOption> directOption() {
        try {
            return Optional.of(ExtendedOpenOption.DIRECT);
        } catch (LinkageError notInThisRuntime) {
            LOG.log(Level.INFO, "Attachment files are written through the page cache: this Java runtime has no direct I/O");
            return Optional.empty();
        }
    }
}
