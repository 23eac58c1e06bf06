package app.haven.infrastructure.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurableFileTest {

    private static final int BLOCK = 4096;
    /** The writer as on the server: another thread. */
    private static final Executor WRITER = ForkJoinPool.commonPool();
    /** A writer that writes on the caller's thread. */
    private static final Executor AT_ONCE = Runnable::run;

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, BLOCK - 1, BLOCK, BLOCK + 1, DurableFile.CHUNK - 1, DurableFile.CHUNK, DurableFile.CHUNK + 1,
        3 * DurableFile.CHUNK + 123})
    void aFileHoldsExactlyTheBytesWrittenWhateverItsLengthDirectOrNotWrittenAlongsideOrNot(int length) throws IOException {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        for (boolean direct : List.of(true, false)) {
            for (Executor writer : List.of(WRITER, AT_ONCE)) {
                Path file = folder.resolve(direct + "-" + (writer == WRITER) + "-" + length);
                try (DurableFile out = direct ? DurableFile.create(file, BLOCK, writer) : DurableFile.buffered(file, writer)) {
                    writeInPieces(out, bytes);
                }
                assertThat(Files.readAllBytes(file)).as("direct: " + direct + ", alongside: " + (writer == WRITER)).isEqualTo(bytes);
            }
        }
    }

    @Test
    void aFileSystemThatAllowsDirectIoGetsIt() throws IOException {
        String fileSystem = Files.getFileStore(folder).type();
        assumeTrue(List.of("ext4", "xfs", "btrfs").contains(fileSystem), "a file system known to allow O_DIRECT");
        try (DurableFile out = DurableFile.create(folder.resolve("direct"), WRITER)) {
            assertThat(out.direct()).isTrue();
        }
    }

    @Test
    void closingAgainChangesNothingAndWritingAfterIsRefused() throws IOException {
        Path file = folder.resolve("twice");
        DurableFile out = DurableFile.create(file, WRITER);
        out.write(new byte[] {1, 2, 3});
        out.close();
        out.close();

        assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> out.write(4)).isInstanceOf(IOException.class);
    }

    @Test
    void aFileThatExistsIsNeitherOverwrittenNorRemoved() throws IOException {
        Path file = Files.write(folder.resolve("there"), new byte[] {7});

        for (int block : new int[] {4096, 0}) {
            assertThatThrownBy(() -> DurableFile.create(file, block, WRITER)).isInstanceOf(FileAlreadyExistsException.class);
        }
        assertThatThrownBy(() -> DurableFile.create(file, WRITER)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readAllBytes(file)).containsExactly(7);
    }

    @Test
    void afterAFailedWriteNothingMoreIsWrittenAndClosingOnlyCloses() throws IOException {
        Path file = folder.resolve("failing");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        DurableFile out = DurableFile.over(channel, WRITER);
        channel.close(); // the device went away, say

        out.write(new byte[DurableFile.CHUNK]); // handed to the writer, which fails
        assertThatThrownBy(() -> out.write(new byte[DurableFile.CHUNK])).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> out.write(1)).hasMessageContaining("earlier write");
        out.close();
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void aWriteThatFailsAlongsideTheLastBytesFailsTheClose() throws IOException {
        Path file = folder.resolve("failing at the end");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        DurableFile out = DurableFile.over(channel, WRITER);
        channel.close();

        out.write(new byte[DurableFile.CHUNK + 10]);
        assertThatThrownBy(out::close).as("a file short of its bytes never closes as written").isInstanceOf(IOException.class);
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void aWriterThatNoLongerRunsFailsTheWrite() throws IOException {
        Executor stopped = task -> {
            throw new RejectedExecutionException("shut down");
        };
        Path file = folder.resolve("no writer");
        DurableFile out = DurableFile.create(file, BLOCK, stopped);

        assertThatThrownBy(() -> out.write(new byte[DurableFile.CHUNK])).isInstanceOf(IOException.class)
                .hasMessageContaining("writer is not running");
        assertThatThrownBy(() -> out.write(1)).hasMessageContaining("earlier write");
        out.close();
        assertThat(Files.size(file)).isZero();
    }

    /** Single bytes, small and large arrays, as a cipher's stream writes them. */
    private static void writeInPieces(DurableFile out, byte[] bytes) throws IOException {
        int position = 0;
        int[] pieces = {1, 7, 4096, 100_000, 300_000};
        for (int piece = 0; position < bytes.length; piece = (piece + 1) % pieces.length) {
            int length = Math.min(pieces[piece], bytes.length - position);
            if (length == 1) {
                out.write(bytes[position]);
            } else {
                out.write(bytes, position, length);
            }
            position += length;
        }
    }
}
