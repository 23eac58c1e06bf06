package app.haven.infrastructure.storage;

import com.sun.nio.file.ExtendedOpenOption;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A new file, written once from start to end and forced to the device when it is closed: how
 * attachment storage writes. Where the file system allows it, the file is opened for direct I/O
 * (O_DIRECT): its bytes go from an aligned buffer straight to the device instead of through the
 * page cache, so a 10 MiB upload takes no fresh memory from the system for it (on a virtual
 * machine that hands its free memory back to the host, those 2,560 pages cost 40 to 80 ms an
 * upload, issue 9), the file pushes nobody else's out of the cache, and the closing force has only
 * the file's metadata left to write. Elsewhere (a file system without direct I/O, such as tmpfs)
 * it is written through the page cache and forced as a whole.
 */
final class DurableFile extends OutputStream {

    /** Bytes gathered before each write: 64 direct writes for a 10 MiB file. */
    static final int CHUNK = 256 * 1024;
    private static final Optional<OpenOption> DIRECT = directOption();
    /** Aligned buffers of files closed, for the next files (they held only what was written: ciphertext). */
    private static final BlockingQueue<ByteBuffer> SPARE = new ArrayBlockingQueue<>(4);

    private final FileChannel channel;
    private final ByteBuffer buffer;
    private final int block;
    private final boolean direct;
    /** Bytes written so far, with the padding of a last block. */
    private long written;
    private boolean closed;

    private DurableFile(FileChannel channel, ByteBuffer buffer, int block, boolean direct) {
        this.channel = channel;
        this.buffer = buffer;
        this.block = block;
        this.direct = direct;
    }

    /** Creates the file (it must not exist), for direct I/O where its file system allows it. */
    static DurableFile create(Path file) throws IOException {
        if (DIRECT.isPresent()) {
            try {
                int block = Math.toIntExact(Files.getFileStore(file.getParent()).getBlockSize());
                if (Integer.bitCount(block) != 1 || CHUNK % block != 0) {
                    return buffered(file);
                }
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, DIRECT.get());
                return new DurableFile(channel, alignedBuffer(block), block, true);
            } catch (FileAlreadyExistsException exists) {
                throw exists;
            } catch (IOException | UnsupportedOperationException | ArithmeticException noDirectIoHere) {
                // a file system that refuses O_DIRECT may have created the file before refusing it
                Files.deleteIfExists(file);
            }
        }
        return buffered(file);
    }

    /** Creates the file (it must not exist), written through the page cache. */
    static DurableFile buffered(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new DurableFile(channel, ByteBuffer.allocate(CHUNK), 1, false);
    }

    /** Whether the bytes go to the device directly. */
    boolean direct() {
        return direct;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (closed) {
            throw new IOException("The file is closed");
        }
        for (int left = length; left > 0; ) {
            int taken = Math.min(left, buffer.remaining());
            buffer.put(bytes, offset + length - left, taken);
            left -= taken;
            if (!buffer.hasRemaining()) {
                writeBuffer();
            }
        }
    }

    /**
     * Writes what is left and forces the file to the device. With direct I/O, the last bytes go in
     * a whole block padded with zeros, and the file is then cut to its length. Closing again does
     * nothing.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (channel) {
            long length = written + buffer.position();
            while (direct && buffer.position() % block != 0) {
                buffer.put((byte) 0);
            }
            writeBuffer();
            if (direct) {
                channel.truncate(length);
            }
            channel.force(true);
        } finally {
            if (direct) {
                SPARE.offer(buffer.clear());
            }
        }
    }

    private void writeBuffer() throws IOException {
        int bytes = buffer.position();
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
        written += bytes;
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
            return Optional.empty();
        }
    }
}
