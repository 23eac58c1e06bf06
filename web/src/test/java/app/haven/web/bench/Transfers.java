package app.haven.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.web.it.DemoPeople;
import app.haven.web.it.WebClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A 10 MiB file (a scan: a PDF header and incompressible bytes) uploaded through the compose
 * page's upload and downloaded through {@code /app/attachment}, as the heavy provider, next to a
 * copy of the same file on the same disk.
 */
final class Transfers {

    static final int SIZE = 10 * 1024 * 1024;
    private static final int TIMES = 5;
    private static final double MIB = SIZE / (1024.0 * 1024.0);

    private Transfers() {
    }

    static void uploadOnce(URL base) {
        upload(signedIn(base));
    }

    static void downloadOnce(URL base) {
        download(signedIn(base), BenchState.get("attachment.id"));
    }

    static void measure(URL base) throws Exception {
        WebClient provider = signedIn(base);
        String id = BenchState.get("attachment.id");
        List<Long> uploads = new ArrayList<>();
        List<Long> downloads = new ArrayList<>();
        for (int i = 0; i < TIMES; i++) {
            WebClient.Page compose = provider.get("app/compose.xhtml");
            long start = System.nanoTime();
            WebClient.Page staged = provider.upload(compose, "scan.pdf", scan());
            uploads.add(System.nanoTime() - start);
            checkStaged(staged);
        }
        for (int i = 0; i < TIMES; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> file = provider.download("app/attachment?id=" + id);
            downloads.add(System.nanoTime() - start);
            checkDownloaded(file);
        }

        Path folder = Files.createDirectories(BenchState.folder().resolve("files"));
        Path source = folder.resolve("scan.pdf");
        Files.write(source, scan());
        Timed.Run copies = Timed.repeat(TIMES, Duration.ofSeconds(60),
                i -> Files.copy(source, folder.resolve("copy-" + i + ".pdf"), StandardCopyOption.REPLACE_EXISTING));
        Figure copy = figure(copies.nanos());
        Files.walk(folder).sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());

        long uploadHeap = Long.parseLong(BenchState.get("heap.upload"));
        long downloadHeap = Long.parseLong(BenchState.get("heap.download"));
        result("upload", figure(uploads), copy, uploadHeap);
        result("download", figure(downloads), copy, downloadHeap);
    }

    private static void result(String what, Figure haven, Figure copy, long heap) {
        double ratio = haven.rate() / copy.rate();
        new Result("attachment", "10 MiB " + what + " over HTTP (sniffed, encrypted at rest) vs copying the file on disk",
                haven, copy, ratio, ">= 0.5x baseline MiB/s", ratio >= 0.5, "").appendTo(BenchState.folder());
        new Result("attachment", "server heap growth during one 10 MiB " + what + " (highest used heap minus used heap"
                + " after full GC before; garbage included)", Figure.value(HavenBenchmark.mib(heap), "MiB"),
                Figure.value(MIB, "MiB file"), heap / (double) SIZE, "<= 2x the file size", heap <= 2L * SIZE, "")
                .appendTo(BenchState.folder());
    }

    /** MiB/s over the time the transfers themselves took (sign-in and compose pages not counted). */
    private static Figure figure(List<Long> nanos) {
        double busy = nanos.stream().mapToLong(Long::longValue).sum() / 1e9;
        return Figure.of(nanos, busy, nanos.size() * MIB, "MiB/s");
    }

    private static WebClient signedIn(URL base) {
        WebClient client = new WebClient(base);
        assertThat(client.signIn(Seed.HEAVY, DemoPeople.PASSWORD).status()).isIn(302, 303);
        return client;
    }

    /** One upload on a fresh compose page. */
    private static void upload(WebClient provider) {
        WebClient.Page compose = provider.get("app/compose.xhtml");
        checkStaged(provider.upload(compose, "scan.pdf", scan()));
    }

    private static void download(WebClient provider, String id) {
        checkDownloaded(provider.download("app/attachment?id=" + id));
    }

    private static void checkStaged(WebClient.Page staged) {
        assertThat(staged.status()).isEqualTo(200);
        assertThat(staged.document().select(".haven-file-name").eachText()).contains("scan.pdf");
    }

    private static void checkDownloaded(HttpResponse<byte[]> file) {
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(Arrays.equals(file.body(), scan())).as("the bytes that were uploaded").isTrue();
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
