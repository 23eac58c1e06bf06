package app.haven.infrastructure.storage;

import app.haven.domain.attachment.AttachmentId;
import app.haven.domain.attachment.AttachmentRefusal;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.subtle.AesCtrHmacStreaming;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import com.google.crypto.tink.subtle.Hkdf;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Attachment bytes in the storage folder, one file per attachment named by its id (never by the
 * uploader's file name). Each file is encrypted in 256 KiB segments with Tink's streaming AEAD
 * AES-256-GCM (HKDF-derived per-file keys), bound to its id, so neither a 10 MiB upload nor a
 * download holds the file in memory, and a file moved, swapped or changed in storage fails to
 * decrypt. That authentication is the files' integrity check: every segment carries its GCM tag,
 * under a nonce that says where it lies and whether it is the last, so a byte changed, a segment
 * dropped, moved or cut off, or a file swapped for another fails as it is read. A stored file is
 * forced to disk before its upload counts as done ({@link DurableFile}, whose device writes run
 * on a thread of their own while the upload goes on), and read back in one pass, checked as it
 * streams (see {@link #copyVerified}).
 *
 * <p>Files keep the format they were written in, told apart by their first bytes: {@code HVN3}
 * (AES-GCM under a key derived for it, written now), {@code HVN2} (AES-CTR + HMAC-SHA256, written
 * until GCM was measured warm: on this JDK 17 it runs at four times CTR + HMAC's speed once
 * compiled, a third of it before), and no mark (AES-GCM under the setting's key itself, the first
 * format). All three are read. Writing and deleting follow the transaction: bytes written by a
 * transaction that rolls back are removed, bytes of a deleted attachment go only once the deletion
 * has committed.
 */
@ApplicationScoped
public class AttachmentStorage {

    private static final Logger LOG = Logger.getLogger(AttachmentStorage.class.getName());
    private static final String NOT_REMOVED = "Attachment bytes could not be removed: %s";
    private static final int SEGMENT = 256 * 1024;
    private static final int BUFFER = 64 * 1024;
    private static final int WARM_UP_SEGMENT = 1024;
    private static final int WARM_UP_BYTES = 2 * 1024 * 1024;
    private static final int WARM_UP_ROUNDS = 4;
    private static final String PARTIAL = ".part";
    private static final int WRITERS = 16;
    /** The first bytes of a file in the current format (the first format's start with Tink's header length, 40). */
    private static final byte[] FORMAT_MARK = "HVN3".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GCM_KEY_INFO = "haven-attachments-aes-gcm".getBytes(StandardCharsets.US_ASCII);
    /** The first bytes of a file written in AES-CTR + HMAC (read only). */
    private static final byte[] CTR_HMAC_MARK = "HVN2".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CTR_HMAC_KEY_INFO = "haven-attachments-aes-ctr-hmac".getBytes(StandardCharsets.US_ASCII);

    @Inject
    @ConfigProperty(name = AttachmentKey.SETTING)
    private Optional<String> keySetting;

    @Inject
    @ConfigProperty(name = "haven.attachments.dir")
    private String directorySetting;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Resource
    private ManagedThreadFactory threads;

    private StreamingAead aead;
    private StreamingAead ctrHmacAead;
    private StreamingAead firstAead;
    private Path directory;
    private Executor writer;
    private ThreadPoolExecutor writerPool;

    @PostConstruct
    void open() {
        writerPool = writers();
        open(keySetting, directorySetting, transactions, writerPool);
    }

    /**
     * The writers of stored files' chunks: threads of the server's managed thread factory, at most
     * {@value #WRITERS} at once (one per upload being stored), let go after a minute unused. A pool
     * of their own, so that uploads at once write at once, and no other work waits behind them.
     */
    private ThreadPoolExecutor writers() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(WRITERS, WRITERS, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(),
                threads);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    @PreDestroy
    void close() {
        if (writerPool != null) {
            writerPool.shutdown();
        }
    }

    /** Opens the storage, its files' chunks written by {@code writer}; refuses to without a valid key. */
    void open(Optional<String> key, String folder, TransactionSynchronizationRegistry registry, Executor writer) {
        this.transactions = registry;
        this.writer = writer;
        try {
            byte[] master = AttachmentKey.from(key);
            // a key of its own for each marked format, derived from the one setting
            aead = new AesGcmHkdfStreaming(formatKey(master, GCM_KEY_INFO), "HmacSha256", AttachmentKey.BYTES, SEGMENT, 0);
            ctrHmacAead = new AesCtrHmacStreaming(formatKey(master, CTR_HMAC_KEY_INFO), "HmacSha256", AttachmentKey.BYTES,
                    "HmacSha256", 32, SEGMENT, 0);
            firstAead = new AesGcmHkdfStreaming(master, "HmacSha256", AttachmentKey.BYTES, SEGMENT, 0);
            directory = Files.createDirectories(Path.of(folder));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Attachment storage cannot be opened", e);
        }
    }

    private static byte[] formatKey(byte[] master, byte[] info) throws GeneralSecurityException {
        return Hkdf.computeHkdf("HMACSHA256", master, new byte[0], info, AttachmentKey.BYTES);
    }

    /**
     * Runs the cipher once over a few MiB in small segments, with a throwaway key and in memory
     * only, so that the first uploads after a start are as fast as the later ones. The JDK hands
     * AES-GCM to the processor's own instructions only from compiled callers, and a 10 MiB file
     * is only 40 segments: without this, a fresh server encrypted at a tenth of its later speed or
     * less for its first files (issue 9).
     */
    public void warmUp() {
        try {
            byte[] key = new byte[AttachmentKey.BYTES];
            new SecureRandom().nextBytes(key);
            StreamingAead practice = new AesGcmHkdfStreaming(key, "HmacSha256", AttachmentKey.BYTES, WARM_UP_SEGMENT, 0);
            byte[] chunk = new byte[WARM_UP_SEGMENT];
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                ByteArrayOutputStream encrypted = new ByteArrayOutputStream(WARM_UP_BYTES + WARM_UP_BYTES / 8);
                try (OutputStream out = practice.newEncryptingStream(encrypted, FORMAT_MARK)) {
                    for (int written = 0; written < WARM_UP_BYTES; written += chunk.length) {
                        out.write(chunk);
                    }
                }
                try (InputStream in = practice.newDecryptingStream(new ByteArrayInputStream(encrypted.toByteArray()),
                        FORMAT_MARK)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            LOG.log(Level.WARNING, "Attachment cipher warm-up failed; uploads still work, only slower at first", e);
        }
    }

    /** The folder the bytes are kept in (for the startup check and the sweep). */
    public Path directory() {
        return directory;
    }

    /**
     * Encrypts the content into storage, reading at most {@code maxBytes + 1} bytes: more is
     * refused as too large and nothing of it is kept, as when the content breaks off (refused as
     * not received). Must run in a transaction: if it rolls back, the bytes are removed. Returns the
     * size of what was stored (the plaintext's).
     */
    public long write(AttachmentId id, InputStream content, long maxBytes) {
        Path target = pathOf(id);
        Path partial = directory.resolve(id + PARTIAL);
        removeUnlessCommitted(target);
        long size = 0;
        try (OutputStream file = durable(partial, writer); OutputStream out = aead.newEncryptingStream(file, aad(id))) {
            byte[] buffer = new byte[BUFFER];
            for (int n = received(content, buffer); n != -1; n = received(content, buffer)) {
                size += n;
                if (size > maxBytes) {
                    throw AttachmentRefusal.tooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            delete(partial);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Attachment could not be stored", e);
        }
        move(partial, target);
        return size;
    }

    /** The next bytes of an upload; a sender that went away or a broken request is refused as not received. */
    private static int received(InputStream content, byte[] buffer) {
        try {
            return content.read(buffer);
        } catch (IOException broken) {
            throw AttachmentRefusal.notReceived();
        }
    }

    /** Where a download goes: opened once the file's first bytes have been checked, and not before. */
    @FunctionalInterface
    public interface Sink {
        OutputStream open() throws IOException;
    }

    /**
     * Streams the plaintext to the sink in one pass, checking it on the way: every segment is
     * authenticated as it decrypts (the last one as the last), and where a SHA-256 of the plaintext
     * was recorded at upload (files stored before the segments' tags were the only check), it is
     * compared at the end.
     * <ul>
     * <li>The sink is opened only once the first {@value #BUFFER} bytes have decrypted (their whole
     * segment is authenticated then): a missing file, one swapped for another's, one damaged in its
     * first segment, and any damaged file of {@value #BUFFER} bytes or less is refused as damaged
     * before a byte goes out.</li>
     * <li>The last bytes are held back until the whole file has been checked: a file damaged further
     * on is refused with the sink short of its length, so the reader gets a failed download, never
     * a complete wrong file.</li>
     * </ul>
     * An {@link IOException} is the sink's (the reader went away); damage is an {@link AttachmentRefusal}.
     */
    public void copyVerified(AttachmentId id, Optional<String> expectedSha256, Sink sink) throws IOException {
        Optional<MessageDigest> sha = expectedSha256.map(recorded -> sha256());
        byte[] held = new byte[BUFFER];
        byte[] next = new byte[BUFFER];
        OutputStream out = null;
        InputStream decrypted = checkedOpen(id);
        try (InputStream in = sha.<InputStream>map(digest -> new DigestInputStream(decrypted, digest)).orElse(decrypted)) {
            int heldLength = checkedRead(id, in, held);
            for (int n = checkedRead(id, in, next); n > 0; n = checkedRead(id, in, next)) {
                if (out == null) {
                    out = sink.open();
                }
                out.write(held, 0, heldLength);
                byte[] written = held;
                held = next;
                next = written;
                heldLength = n;
            }
            if (sha.isPresent() && !matches(sha.get(), expectedSha256.get())) {
                throw AttachmentRefusal.damaged(id);
            }
            if (out == null) {
                out = sink.open();
            }
            out.write(held, 0, heldLength);
        }
    }

    private static boolean matches(MessageDigest sha, String expectedSha256) {
        return MessageDigest.isEqual(HexFormat.of().formatHex(sha.digest()).getBytes(StandardCharsets.US_ASCII),
                expectedSha256.getBytes(StandardCharsets.US_ASCII));
    }

    private InputStream checkedOpen(AttachmentId id) {
        try {
            return decrypting(id);
        } catch (IOException | GeneralSecurityException e) {
            throw AttachmentRefusal.damaged(id);
        }
    }

    /** Fills the buffer (less only at the end); a segment that does not decrypt is damage. */
    private static int checkedRead(AttachmentId id, InputStream in, byte[] buffer) {
        try {
            return in.readNBytes(buffer, 0, buffer.length);
        } catch (IOException e) {
            throw AttachmentRefusal.damaged(id);
        }
    }

    /**
     * A second look at what was just written, for file types whose bytes alone do not tell enough
     * (DOCX, XLSX and ODT are ZIP archives): refused if it is not really one of them.
     */
    public void checkContainer(AttachmentId id, String type) {
        if (!OfficeContainers.isContainer(type)) {
            return;
        }
        try (InputStream in = decrypting(id)) {
            OfficeContainers.check(type, in);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Attachment could not be read back", e);
        }
    }

    /** Removes the bytes once the current transaction commits (at once when there is none). */
    public void deleteAfterCommit(List<AttachmentId> ids) {
        if (transactions.getTransactionKey() == null) {
            ids.forEach(id -> delete(pathOf(id)));
            return;
        }
        transactions.registerInterposedSynchronization(afterCompletion(status -> {
            if (status == Status.STATUS_COMMITTED) {
                ids.forEach(id -> delete(pathOf(id)));
            }
        }));
    }

    public boolean exists(AttachmentId id) {
        return Files.exists(pathOf(id));
    }

    /** Ids of the stored files last written before the cutoff, in chunks (for the sweep of orphans). */
    public void storedBefore(Instant cutoff, int chunk, java.util.function.Consumer<List<AttachmentId>> action) {
        try (Stream<Path> files = Files.list(directory)) {
            List<AttachmentId> batch = new java.util.ArrayList<>(chunk);
            java.util.Iterator<Path> each = files.filter(file -> modifiedBefore(file, cutoff)).iterator();
            while (each.hasNext()) {
                AttachmentId.parse(each.next().getFileName().toString().replace(PARTIAL, "")).ifPresent(batch::add);
                if (batch.size() == chunk || !each.hasNext()) {
                    action.accept(List.copyOf(batch));
                    batch.clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the bytes and any partial write now (for the sweep of orphans). */
    public void deleteNow(AttachmentId id) {
        delete(pathOf(id));
        delete(directory.resolve(id + PARTIAL));
    }

    private void removeUnlessCommitted(Path target) {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("Attachment bytes are written inside a transaction only");
        }
        transactions.registerInterposedSynchronization(afterCompletion(status -> {
            if (status != Status.STATUS_COMMITTED) {
                delete(target);
            }
        }));
    }

    private InputStream decrypting(AttachmentId id) throws IOException, GeneralSecurityException {
        InputStream stored = Files.newInputStream(pathOf(id));
        try {
            byte[] mark = stored.readNBytes(FORMAT_MARK.length);
            if (Arrays.equals(mark, FORMAT_MARK)) {
                return aead.newDecryptingStream(stored, aad(id));
            }
            if (Arrays.equals(mark, CTR_HMAC_MARK)) {
                return ctrHmacAead.newDecryptingStream(stored, aad(id));
            }
            stored.close();
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            stored.close();
            throw e;
        }
        InputStream earlier = Files.newInputStream(pathOf(id));
        try {
            return firstAead.newDecryptingStream(earlier, aad(id));
        } catch (GeneralSecurityException | RuntimeException e) {
            earlier.close();
            throw e;
        }
    }

    /** A new file that starts with the format mark and is forced to disk when it is closed ({@link DurableFile}). */
    private static OutputStream durable(Path file, Executor writer) throws IOException {
        OutputStream out = DurableFile.create(file, writer);
        out.write(FORMAT_MARK);
        return out;
    }

    private Path pathOf(AttachmentId id) {
        return directory.resolve(id.toString());
    }

    private static byte[] aad(AttachmentId id) {
        return ("haven-attachment:" + id).getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean modifiedBefore(Path file, Instant cutoff) {
        try {
            return Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false;
        }
    }

    /** Renames the written file into place and forces the folder too, so the new name survives a power cut. */
    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            delete(from);
            throw new IllegalStateException("Attachment could not be stored", e);
        }
        try (FileChannel folder = FileChannel.open(to.getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException notSupportedHere) {
            // some file systems and platforms cannot open a folder for syncing; the file itself was forced
            LOG.log(Level.FINE, "Attachment folder not synced", notSupportedHere);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, String.format(NOT_REMOVED, file.getFileName()), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Synchronization afterCompletion(java.util.function.IntConsumer action) {
        return new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status);
            }
        };
    }
}
