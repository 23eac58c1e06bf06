package app.haven.infrastructure.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haven.domain.attachment.AttachmentId;
import app.haven.domain.attachment.AttachmentRefusal;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.subtle.AesCtrHmacStreaming;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import com.google.crypto.tink.subtle.Hkdf;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentStorageTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'Q');
    private static final byte[] SECRET = "Session notes: patient reports better sleep".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    /** Writes files' chunks alongside, as the server's executor does. */
    private static final Executor WRITER = ForkJoinPool.commonPool();

    private final FakeTransaction transaction = new FakeTransaction();
    private final AttachmentStorage storage = new AttachmentStorage();

    @BeforeEach
    void open() {
        storage.open(Optional.of(KEY), folder.toString(), transaction, WRITER);
    }

    @Test
    void whatIsStoredIsEncryptedAndComesBackIntact() throws Exception {
        AttachmentId id = AttachmentId.random();
        long size = storage.write(id, new ByteArrayInputStream(SECRET), 1000);
        transaction.commit();

        assertThat(size).isEqualTo(SECRET.length);
        byte[] onDisk = Files.readAllBytes(folder.resolve(id.toString()));
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain("Session notes", "sleep").startsWith("HVN3");
        assertThat(read(id)).isEqualTo(SECRET);
    }

    @Test
    void aFileStoredInTheEarlierFormatIsStillRead() throws Exception {
        AttachmentId id = AttachmentId.random();
        StreamingAead earlier = new AesGcmHkdfStreaming(Base64.getDecoder().decode(KEY), "HmacSha256", 32, 256 * 1024, 0);
        try (OutputStream out = earlier.newEncryptingStream(Files.newOutputStream(folder.resolve(id.toString())),
                ("haven-attachment:" + id).getBytes(StandardCharsets.US_ASCII))) {
            out.write(SECRET);
        }
        assertThat(read(id, sha256(SECRET))).isEqualTo(SECRET);
        assertThat(Files.readAllBytes(folder.resolve(id.toString()))[0]).as("no format mark: Tink's header length").isEqualTo((byte) 40);
    }

    @Test
    void theCurrentFormatIsAesGcmUnderItsOwnDerivedKeyAfterItsMark() throws Exception {
        // pinned: a later build must read what this one writes
        AttachmentId id = AttachmentId.random();
        storage.write(id, new ByteArrayInputStream(SECRET), 1000);
        transaction.commit();
        byte[] stored = Files.readAllBytes(folder.resolve(id.toString()));
        byte[] key = Hkdf.computeHkdf("HMACSHA256", Base64.getDecoder().decode(KEY), new byte[0],
                "haven-attachments-aes-gcm".getBytes(StandardCharsets.US_ASCII), 32);
        StreamingAead gcm = new AesGcmHkdfStreaming(key, "HmacSha256", 32, 256 * 1024, 0);

        assertThat(new String(stored, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("HVN3");
        try (InputStream in = gcm.newDecryptingStream(new ByteArrayInputStream(stored, 4, stored.length - 4),
                ("haven-attachment:" + id).getBytes(StandardCharsets.US_ASCII))) {
            assertThat(in.readAllBytes()).isEqualTo(SECRET);
        }
    }

    @Test
    void aFileWhoseMarkWasChangedOrRemovedIsDamaged() throws Exception {
        AttachmentId relabelled = AttachmentId.random();
        AttachmentId unmarked = AttachmentId.random();
        storage.write(relabelled, new ByteArrayInputStream(SECRET), 1000);
        storage.write(unmarked, new ByteArrayInputStream(SECRET), 1000);
        transaction.commit();
        Path relabelledFile = folder.resolve(relabelled.toString());
        byte[] bytes = Files.readAllBytes(relabelledFile);
        bytes[3] = '2';
        Files.write(relabelledFile, bytes);
        Path unmarkedFile = folder.resolve(unmarked.toString());
        byte[] marked = Files.readAllBytes(unmarkedFile);
        Files.write(unmarkedFile, Arrays.copyOfRange(marked, 4, marked.length));

        Download asCtrHmac = new Download();
        assertThatThrownBy(() -> storage.copyVerified(relabelled, Optional.empty(), asCtrHmac)).hasMessageStartingWith("refusal.attachment.damaged");
        Download asFirstFormat = new Download();
        assertThatThrownBy(() -> storage.copyVerified(unmarked, Optional.empty(), asFirstFormat)).hasMessageStartingWith("refusal.attachment.damaged");
        assertThat(asCtrHmac.opened).isFalse();
        assertThat(asFirstFormat.opened).isFalse();
    }

    @Test
    void aFileStoredInAesCtrHmacIsStillRead() throws Exception {
        AttachmentId id = AttachmentId.random();
        byte[] key = Hkdf.computeHkdf("HMACSHA256", Base64.getDecoder().decode(KEY), new byte[0],
                "haven-attachments-aes-ctr-hmac".getBytes(StandardCharsets.US_ASCII), 32);
        StreamingAead ctrHmac = new AesCtrHmacStreaming(key, "HmacSha256", 32, "HmacSha256", 32, 256 * 1024, 0);
        try (OutputStream file = Files.newOutputStream(folder.resolve(id.toString()))) {
            file.write("HVN2".getBytes(StandardCharsets.US_ASCII));
            try (OutputStream out = ctrHmac.newEncryptingStream(file, ("haven-attachment:" + id).getBytes(StandardCharsets.US_ASCII))) {
                out.write(SECRET);
            }
        }
        assertThat(read(id, sha256(SECRET))).isEqualTo(SECRET);
    }

    @Test
    void tenMebibytesStreamThroughAndComeBackIntact() throws Exception {
        byte[] large = new byte[10 * 1024 * 1024];
        new Random(7).nextBytes(large);
        AttachmentId id = AttachmentId.random();
        storage.write(id, new ByteArrayInputStream(large), large.length);
        transaction.commit();
        assertThat(read(id)).isEqualTo(large);
    }

    @Test
    void oneByteOverTheLimitIsRefusedAndNothingIsLeft() throws IOException {
        AttachmentId id = AttachmentId.random();
        assertThatThrownBy(() -> storage.write(id, new ByteArrayInputStream(new byte[1001]), 1000))
                .isInstanceOf(AttachmentRefusal.class).hasMessage("refusal.attachment.tooLarge");
        transaction.rollBack();
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void anUploadThatBreaksOffIsRefusedAsNotReceivedAndNothingIsLeft() throws IOException {
        AttachmentId id = AttachmentId.random();
        InputStream breaksOff = new SequenceInputStream(new ByteArrayInputStream(new byte[300_000]), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("the sender went away");
            }
        });

        assertThatThrownBy(() -> storage.write(id, breaksOff, 1_000_000))
                .isInstanceOf(AttachmentRefusal.class).hasMessage("refusal.attachment.notReceived");
        transaction.rollBack();
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void aFlippedByteInStorageIsDetectedBeforeAByteGoesOut() throws IOException {
        AttachmentId id = AttachmentId.random();
        storage.write(id, new ByteArrayInputStream(SECRET), 1000);
        transaction.commit();
        flipByteAt(id, 0.5);

        Download download = new Download();
        assertThatThrownBy(() -> storage.copyVerified(id, Optional.empty(), download)).isInstanceOf(AttachmentRefusal.class)
                .hasMessageStartingWith("refusal.attachment.damaged");
        assertThat(download.opened).isFalse();
    }

    @Test
    void aFileDamagedPastItsFirstBytesStopsShortOfItsEnd() throws IOException {
        byte[] large = new byte[1024 * 1024];
        new Random(11).nextBytes(large);
        AttachmentId id = AttachmentId.random();
        storage.write(id, new ByteArrayInputStream(large), large.length);
        transaction.commit();
        flipByteAt(id, 0.7);

        Download download = new Download();
        assertThatThrownBy(() -> storage.copyVerified(id, Optional.empty(), download)).hasMessageStartingWith("refusal.attachment.damaged");
        assertThat(download.opened).isTrue();
        assertThat(download.bytes.size()).isPositive().isLessThan((int) (large.length * 0.7));
        assertThat(download.bytes.toByteArray()).isEqualTo(Arrays.copyOf(large, download.bytes.size()));
    }

    @Test
    void aFileCutShortAtASegmentsEndNeverArrivesWhole() throws Exception {
        // stored as the mark, then four whole segments of 256 KiB (the first begins with Tink's
        // header) and a short last one: without the last, the file ends where a segment ends, as a
        // whole file could
        byte[] large = new byte[4 * 256 * 1024 + 1000];
        new Random(17).nextBytes(large);
        AttachmentId id = AttachmentId.random();
        storage.write(id, new ByteArrayInputStream(large), large.length);
        transaction.commit();
        Path stored = folder.resolve(id.toString());
        byte[] bytes = Files.readAllBytes(stored);
        Files.write(stored, Arrays.copyOf(bytes, 4 + 4 * 256 * 1024));

        Download download = new Download();
        assertThatThrownBy(() -> storage.copyVerified(id, Optional.empty(), download)).hasMessageStartingWith("refusal.attachment.damaged");
        assertThat(download.opened).isTrue();
        // what three segments hold, less the piece held back (without it, one 64 KiB piece more arrives)
        assertThat(download.bytes.size()).isLessThanOrEqualTo(3 * (256 * 1024 - 16) - 40 - 64 * 1024);
        assertThat(download.bytes.toByteArray()).isEqualTo(Arrays.copyOf(large, download.bytes.size()));
    }

    @Test
    void bytesThatDoNotMatchTheRecordedDigestNeverArriveWhole() throws Exception {
        byte[] large = new byte[1024 * 1024];
        new Random(13).nextBytes(large);
        AttachmentId id = AttachmentId.random();
        AttachmentId small = AttachmentId.random();
        storage.write(id, new ByteArrayInputStream(large), large.length);
        storage.write(small, new ByteArrayInputStream(SECRET), 1000);
        transaction.commit();
        Optional<String> another = sha256("another file".getBytes(StandardCharsets.UTF_8));

        Download download = new Download();
        assertThatThrownBy(() -> storage.copyVerified(id, another, download)).hasMessageStartingWith("refusal.attachment.damaged");
        assertThat(download.bytes.size()).isPositive().isLessThan(large.length);
        Download smallDownload = new Download();
        assertThatThrownBy(() -> storage.copyVerified(small, another, smallDownload)).hasMessageStartingWith("refusal.attachment.damaged");
        assertThat(smallDownload.opened).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1})
    void aroundTheHeldBackPieceFilesComeBackWholeOrAreRefusedBeforeTheirEnd(int size) throws Exception {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        AttachmentId id = AttachmentId.random();
        storage.write(id, new ByteArrayInputStream(content), size);
        transaction.commit();
        String sha = sha256(content).orElseThrow();

        assertThat(read(id)).isEqualTo(content);
        assertThat(read(id, Optional.of(sha))).as("a file stored with a SHA-256 recorded").isEqualTo(content);
        Download wrong = new Download();
        assertThatThrownBy(() -> storage.copyVerified(id, Optional.of(sha.replace(sha.charAt(0), sha.charAt(0) == '0' ? '1' : '0')), wrong))
                .hasMessageStartingWith("refusal.attachment.damaged");
        assertThat(wrong.bytes.size()).as("all but the last piece at most").isEqualTo(size > 64 * 1024 ? 64 * 1024 : 0);
        assertThat(wrong.opened).isEqualTo(size > 64 * 1024);
    }

    @Test
    void aReaderWhoGoesAwayIsNotDamage() throws IOException {
        byte[] large = new byte[1024 * 1024];
        AttachmentId id = AttachmentId.random();
        storage.write(id, new ByteArrayInputStream(large), large.length);
        transaction.commit();

        assertThatThrownBy(() -> storage.copyVerified(id, Optional.empty(), () -> new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("connection reset");
            }
        })).isInstanceOf(IOException.class).isNotInstanceOf(AttachmentRefusal.class);
    }

    @Test
    void bytesSwappedBetweenTwoAttachmentsDoNotDecrypt() throws IOException {
        AttachmentId first = AttachmentId.random();
        AttachmentId second = AttachmentId.random();
        storage.write(first, new ByteArrayInputStream(SECRET), 1000);
        storage.write(second, new ByteArrayInputStream("other".getBytes(StandardCharsets.UTF_8)), 1000);
        transaction.commit();
        Files.copy(folder.resolve(first.toString()), folder.resolve(second.toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Download download = new Download();
        assertThatThrownBy(() -> storage.copyVerified(second, Optional.empty(), download)).hasMessageStartingWith("refusal.attachment.damaged");
        assertThat(download.opened).isFalse();
    }

    @Test
    void aMissingFileIsDamagedNotAServerError() {
        assertThatThrownBy(() -> storage.copyVerified(AttachmentId.random(), Optional.empty(), new Download()))
                .hasMessageStartingWith("refusal.attachment.damaged");
    }

    @Test
    void bytesWrittenByATransactionThatRollsBackAreRemoved() throws IOException {
        AttachmentId id = AttachmentId.random();
        storage.write(id, new ByteArrayInputStream(SECRET), 1000);
        assertThat(storage.exists(id)).isTrue();
        transaction.rollBack();
        assertThat(storage.exists(id)).isFalse();
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void bytesOfADeletedAttachmentGoOnlyWhenTheDeletionCommits() {
        AttachmentId id = AttachmentId.random();
        storage.write(id, new ByteArrayInputStream(SECRET), 1000);
        transaction.commit();

        storage.deleteAfterCommit(List.of(id));
        transaction.rollBack();
        assertThat(storage.exists(id)).isTrue();

        storage.deleteAfterCommit(List.of(id));
        transaction.commit();
        assertThat(storage.exists(id)).isFalse();
    }

    @Test
    void bytesAreWrittenInsideATransactionOnly() {
        AttachmentStorage outside = new AttachmentStorage();
        outside.open(Optional.of(KEY), folder.toString(), FakeTransaction.none(), WRITER);
        assertThatThrownBy(() -> outside.write(AttachmentId.random(), new ByteArrayInputStream(SECRET), 1000))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeyStorageDoesNotOpenAndSaysWhatToDo() {
        AttachmentStorage keyless = new AttachmentStorage();
        assertThatThrownBy(() -> keyless.open(Optional.empty(), folder.toString(), transaction, WRITER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("haven.attachments.key is not set").hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> keyless.open(Optional.of("  "), folder.toString(), transaction, WRITER))
                .hasMessageContaining("is not set");
    }

    @Test
    void aKeyOfTheWrongSizeOrNotBase64IsRefused() {
        AttachmentStorage badKey = new AttachmentStorage();
        assertThatThrownBy(() -> badKey.open(Optional.of(Base64.getEncoder().encodeToString(new byte[16])), folder.toString(), transaction, WRITER))
                .hasMessageContaining("must be 32 bytes");
        assertThatThrownBy(() -> badKey.open(Optional.of("not base64!"), folder.toString(), transaction, WRITER))
                .hasMessageContaining("must be 32 bytes");
    }

    @Test
    void filesAreNamedByIdOnly() {
        AttachmentId id = AttachmentId.random();
        storage.write(id, new ByteArrayInputStream(SECRET), 1000);
        transaction.commit();
        assertThat(filesIn(folder)).containsExactly(id.toString());
    }

    private byte[] read(AttachmentId id) throws IOException {
        return read(id, Optional.empty());
    }

    private byte[] read(AttachmentId id, Optional<String> recordedSha256) throws IOException {
        Download download = new Download();
        storage.copyVerified(id, recordedSha256, download);
        return download.bytes.toByteArray();
    }

    /** The SHA-256 (hex) a file stored before version 10 of the schema has recorded. */
    private static Optional<String> sha256(byte[] content) throws NoSuchAlgorithmException {
        return Optional.of(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
    }

    private void flipByteAt(AttachmentId id, double fraction) throws IOException {
        Path stored = folder.resolve(id.toString());
        byte[] bytes = Files.readAllBytes(stored);
        bytes[(int) (bytes.length * fraction)] ^= 0x01;
        Files.write(stored, bytes);
    }

    /** A sink that says whether it was opened and keeps what it was given. */
    private static final class Download implements AttachmentStorage.Sink {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private boolean opened;

        @Override
        public OutputStream open() {
            opened = true;
            return bytes;
        }
    }

    private static List<String> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
