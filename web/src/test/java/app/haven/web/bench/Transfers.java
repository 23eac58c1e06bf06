package app.haven.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.web.it.DemoPeople;
import app.haven.web.it.WebClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jsoup.nodes.Document;

/**
 * A 10 MiB file (a scan: a PDF header and incompressible bytes) uploaded through the compose
 * page's upload and downloaded through {@code /app/attachment}, as the heavy provider, next to a
 * copy of the same file on the same disk.
 */
final class Transfers {

    static final int SIZE = 10 * 1024 * 1024;
    private static final int TIMES = 10;
    private static final Duration LOOP_LIMIT = Duration.ofSeconds(60);
    /** Unmeasured transfers first, as every other figure has warm-ups: the JIT compiles the crypto on a running server. */
    private static final int WARM_UPS = 8;
    /**
     * Small uploads (a one-page scan), each on a new compose page, before the large ones: the
     * postback around every upload (the compose page's view restored, the upload's listener, the
     * staged list rendered) is wide code run once per upload, which 16 large uploads leave to the
     * JIT's compiler: during the measured uploads it used more of the server's CPU than the request
     * threads did (JFR). A server that has been up for a while has compiled it. At most 30 s.
     */
    private static final int PAGE_WARM_UPS = 400;
    private static final int PAGE = 48 * 1024;
    private static final double MIB = SIZE / (1024.0 * 1024.0);
    private static Figure cachedCopy;

    private Transfers() {
    }

    /** Signed in with a compose page open, before the server's heap is watched. */
    private static WebClient ready;
    private static WebClient.Page compose;

    /** Signs in, warms uploads up and opens the compose page: none of it counts in the heap figures that follow. */
    static void prepare(URL base) throws Exception {
        ready = signedIn(base);
        byte[] page = Arrays.copyOf(scan(), PAGE);
        Timed.warmUp(PAGE_WARM_UPS, i -> {
            WebClient.BlockingAnswer staged = ready.uploadBlocking(ready.get("app/compose.xhtml"), "scan.pdf", page);
            checkStaged(staged.status(), staged.document());
        });
        for (int i = 0; i < WARM_UPS; i++) {
            checkStaged(ready.upload(ready.get("app/compose.xhtml"), "scan.pdf", scan()));
            WebClient.BlockingAnswer staged = ready.uploadBlocking(ready.get("app/compose.xhtml"), "scan.pdf", scan());
            checkStaged(staged.status(), staged.document());
        }
        compose = ready.get("app/compose.xhtml");
    }

    /** The upload alone, on the page {@link #prepare} opened. */
    static void uploadOnce() {
        checkStaged(ready.upload(compose, "scan.pdf", scan()));
    }

    static void downloadOnce() {
        download(ready, BenchState.get("attachment.id"));
    }

    /**
     * Each transfer is timed twice in turn: over one plain blocking connection, as a browser's own
     * network stack sends and reads a body (the figure), and through java.net.http.HttpClient, whose
     * reactive pipeline takes longer over 10 MiB than a plain connection (reported beside the figure).
     * The baseline's copies are timed in turn with them, one forced copy and one left in the page
     * cache next to each pair of transfers (which goes first alternates), as every baseline timed
     * against one caller is: a forced copy's time follows what the disk has just been asked to do (on
     * this kind of VM, ten forced copies back to back took 30-45 ms each in most runs; spaced as the
     * transfers are, 9.6-11.9 ms), so a baseline timed apart from its figure measured another disk.
     * Each loop stops after a minute at most.
     */
    static void measure(URL base) throws Exception {
        WebClient provider = signedIn(base);
        String attachment = "app/attachment?id=" + BenchState.get("attachment.id");
        List<Long> uploads = new ArrayList<>();
        List<Long> downloads = new ArrayList<>();
        List<Long> httpClientUploads = new ArrayList<>();
        List<Long> httpClientDownloads = new ArrayList<>();
        List<Long> copies = new ArrayList<>();
        List<Long> cached = new ArrayList<>();
        Path folder = Files.createDirectories(BenchState.folder().resolve("files"));
        Path source = folder.resolve("scan.pdf");
        Files.write(source, scan());
        for (int i = 0; i < WARM_UPS; i++) {
            checkDownloaded(provider.download(attachment));
            checkDownloaded(provider.downloadBlocking(attachment));
        }
        List<Long> composeOpenings = new ArrayList<>();
        Copy copy = name -> copy(source, folder, name, copies, cached);
        inTurnWithCopies("up", copy, () -> {
            WebClient.Page compose = opened(provider, composeOpenings);
            long start = System.nanoTime();
            WebClient.BlockingAnswer staged = provider.uploadBlocking(compose, "scan.pdf", scan());
            uploads.add(System.nanoTime() - start);
            checkStaged(staged.status(), staged.document());
            compose = opened(provider, composeOpenings);
            start = System.nanoTime();
            WebClient.Page stagedToo = provider.upload(compose, "scan.pdf", scan());
            httpClientUploads.add(System.nanoTime() - start);
            checkStaged(stagedToo.status(), stagedToo.document());
        });
        inTurnWithCopies("down", copy, () -> {
            long start = System.nanoTime();
            WebClient.BlockingDownload blocking = provider.downloadBlocking(attachment);
            downloads.add(System.nanoTime() - start);
            checkDownloaded(blocking);
            start = System.nanoTime();
            HttpResponse<byte[]> downloadedToo = provider.download(attachment);
            httpClientDownloads.add(System.nanoTime() - start);
            checkDownloaded(downloadedToo);
        });
        Files.walk(folder).sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        cachedCopy = figure(cached);

        long[] uploadHeap = heap("heap.upload");
        long[] downloadHeap = heap("heap.download");
        new Result("compose", "the compose page over HTTP for the heavy provider, whose practice has 15,000 clients (a new"
                + " message opened)", Timed.busy(composeOpenings).figure("pages/s"), Figure.NONE, Double.NaN, "(no target)",
                true, "the To field finds people as they are typed; the page holds none of the practice's people")
                .appendTo(BenchState.folder());
        result("upload", figure(uploads), figure(httpClientUploads), figure(copies), uploadHeap);
        result("download", figure(downloads), figure(httpClientDownloads), figure(copies), downloadHeap);
    }

    /** Something timed, or the copy it is timed in turn with. */
    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    @FunctionalInterface
    private interface Copy {
        void named(String name) throws Exception;
    }

    /**
     * The pair of transfers {@value #TIMES} times, or as many as {@link #LOOP_LIMIT} allows, with one
     * copy in turn with each pair: before it one time, after it the next.
     */
    private static void inTurnWithCopies(String name, Copy copy, Step pair) throws Exception {
        long deadline = System.nanoTime() + LOOP_LIMIT.toNanos();
        for (int i = 0; i < TIMES && System.nanoTime() < deadline; i++) {
            boolean copyFirst = i % 2 == 0;
            if (copyFirst) {
                copy.named(name + "-" + i);
            }
            pair.run();
            if (!copyFirst) {
                copy.named(name + "-" + i);
            }
        }
    }

    /**
     * The baseline, once: the file copied on the same disk and forced to the device, as Haven forces
     * every file it stores (the figure), then copied again and left in the page cache (reported beside
     * it); both copies are removed at once.
     */
    private static void copy(Path source, Path folder, String name, List<Long> forced, List<Long> cached) throws Exception {
        Path target = folder.resolve("copy-" + name + ".pdf");
        long start = System.nanoTime();
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel written = FileChannel.open(target, StandardOpenOption.WRITE)) {
            written.force(true);
        }
        forced.add(System.nanoTime() - start);
        Path cachedTarget = folder.resolve("cached-" + name + ".pdf");
        start = System.nanoTime();
        Files.copy(source, cachedTarget, StandardCopyOption.REPLACE_EXISTING);
        cached.add(System.nanoTime() - start);
        // gone before the next transfer: no copy's pages are left for the kernel to write back meanwhile
        Files.delete(cachedTarget);
        Files.delete(target);
    }

    /** A new compose page, the time it took to open added to those given. */
    private static WebClient.Page opened(WebClient provider, List<Long> openings) {
        long start = System.nanoTime();
        WebClient.Page compose = provider.get("app/compose.xhtml");
        openings.add(System.nanoTime() - start);
        assertThat(compose.status()).isEqualTo(200);
        return compose;
    }

    /** Peak growth, allocated bytes, retained growth, as the server recorded them. */
    private static long[] heap(String key) {
        return java.util.Arrays.stream(BenchState.get(key).split("\t")).mapToLong(Long::parseLong).toArray();
    }

    private static void result(String what, Figure haven, Figure httpClient, Figure copy, long[] heap) {
        double ratio = haven.rate() / copy.rate();
        String client = String.format("; the same %ss in turn through java.net.http.HttpClient: %.0f MiB/s, p50 %.0f ms",
                what, httpClient.rate(), httpClient.p50());
        new Result("attachment", "10 MiB " + what + " over HTTP (" + ("upload".equals(what)
                ? "type sniffed, encrypted at rest, forced to disk" : "decrypted and authenticated segment by segment")
                + ") vs copying the file on disk",
                haven, copy, ratio, ">= 0.5x baseline MiB/s", ratio >= 0.5, String.format("baseline: copy forced to disk, one"
                + " in turn with each pair of transfers; a copy left in the page cache ran at %.0f MiB/s", cachedCopy.rate()) + client).appendTo(BenchState.folder());
        new Result("attachment", "server heap growth during one 10 MiB " + what + " (highest used heap minus used heap"
                + " after full GC before; garbage not yet collected included)", Figure.value(HavenBenchmark.mib(heap[0]), "MiB"),
                Figure.value(MIB, "MiB file"), heap[0] / (double) SIZE, "<= 2x the file size", heap[0] <= 2L * SIZE,
                String.format("%.0f MiB allocated by all threads meanwhile; %.1f MiB retained after full GC",
                        HavenBenchmark.mib(heap[1]), HavenBenchmark.mib(heap[2]))).appendTo(BenchState.folder());
    }

    /** MiB/s over the time the transfers themselves took (sign-in and compose pages not counted). */
    private static Figure figure(List<Long> nanos) {
        return Figure.of(nanos, Timed.busy(nanos).seconds(), nanos.size() * MIB, "MiB/s");
    }

    private static WebClient signedIn(URL base) {
        WebClient client = new WebClient(base);
        assertThat(client.signIn(Seed.HEAVY, DemoPeople.PASSWORD).status()).isIn(302, 303);
        return client;
    }

    private static void download(WebClient provider, String id) {
        checkDownloaded(provider.download("app/attachment?id=" + id));
    }

    private static void checkStaged(WebClient.Page staged) {
        checkStaged(staged.status(), staged.document());
    }

    private static void checkStaged(int status, Document page) {
        assertThat(status).isEqualTo(200);
        assertThat(page.select(".haven-file-name").eachText()).contains("scan.pdf");
    }

    private static void checkDownloaded(HttpResponse<byte[]> file) {
        checkDownloaded(file.statusCode(), file.body());
    }

    private static void checkDownloaded(WebClient.BlockingDownload file) {
        checkDownloaded(file.status(), file.body());
    }

    private static void checkDownloaded(int status, byte[] body) {
        assertThat(status).isEqualTo(200);
        assertThat(Arrays.equals(body, scan())).as("the bytes that were uploaded").isTrue();
    }

    private static byte[] scan;

    static synchronized byte[] scan() {
        if (scan == null) {
            byte[] bytes = new byte[SIZE];
            new Random(9).nextBytes(bytes);
            byte[] header = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(header, 0, bytes, 0, header.length);
            byte[] trailer = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(trailer, 0, bytes, SIZE - trailer.length, trailer.length);
            scan = bytes;
        }
        return scan;
    }
}
