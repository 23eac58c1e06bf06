package app.haven.web.bench;

import app.haven.web.it.DemoPeople;
import app.haven.web.it.WebClient;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fifty signed-in staff members (the heavy provider among them) on loopback, each opening their
 * inbox page once a second and then twice a second for {@link #DURATION} each (a closed loop: a
 * slow answer delays that user's next request, so the load never piles up). A request is an error
 * unless it answers 200 with the mailbox's thread table. The generator runs on the same two cores
 * as the server, so it is kept light: one HTTP/1.1 client for all, each user's session cookie sent
 * as a browser sends it, and the answer checked for the table without parsing the page.
 *
 * <p>Before the figures, the same two paces run unmeasured, as every other figure has warm-ups: the
 * page's code paths (Faces, PrimeFaces, CDI, the EJB container, JPA) are wide, and on two cores the
 * server process's CPU time per page (JIT compiler and garbage collector included) here fell from
 * about 25 ms over the first 1,500 pages to about 10 ms after 6,000, while the JIT compiled them.
 * Each figure's note gives that CPU time per request and how busy the cores were, during the
 * warm-up and during the figure ({@link MachineGauge}).
 */
final class InboxLoad {

    static final int USERS = 50;
    static final Duration DURATION = Duration.ofSeconds(30);

    private InboxLoad() {
    }

    static void run(URL base) throws Exception {
        List<HttpRequest> users = signedIn(base);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        List<Duration> paces = List.of(Duration.ofMillis(1_000), Duration.ofMillis(500));
        List<String> warmUp = new ArrayList<>();
        for (Duration pace : paces) {
            MachineGauge gauge = MachineGauge.start();
            Load load = load(http, users, pace);
            long requests = load.run().nanos().size();
            warmUp.add(String.format("%d s at one request per user every %d ms: %d requests, %d errors, %s",
                    DURATION.toSeconds(), pace.toMillis(), requests, load.errors(), gauge.since(requests)));
        }
        for (Duration pace : paces) {
            MachineGauge gauge = MachineGauge.start();
            Load measured = load(http, users, pace);
            Figure figure = measured.run().figure("requests/s");
            boolean met = measured.errors() == 0 && figure.p99() <= 100;
            new Result("load", String.format("inbox page over HTTP, %d signed-in users on loopback, one request per user every"
                    + " %d ms for %d s", USERS, pace.toMillis(), DURATION.toSeconds()), figure, Figure.NONE, Double.NaN,
                    "0 errors; p99 <= 100 ms", met, measured.errors() + " errors of " + figure.count() + " requests; "
                    + gauge.since(figure.count()) + " (unmeasured before: " + String.join("; ", warmUp) + ")")
                    .appendTo(BenchState.folder());
        }
    }

    private record Load(Timed.Run run, int errors) {
    }

    /** Each user signed in through the sign-in form, their inbox opened a few times; answers their inbox request. */
    private static List<HttpRequest> signedIn(URL base) {
        URI inbox = URI.create(base + (base.toString().endsWith("/") ? "" : "/") + "app/mailbox.xhtml");
        List<HttpRequest> users = new ArrayList<>();
        for (int n = 1; n <= USERS; n++) {
            WebClient user = new WebClient(base);
            int status = user.signIn(Seed.login(n), DemoPeople.PASSWORD).status();
            if (status != 302 && status != 303) {
                throw new IllegalStateException("sign-in of staff member " + n + " answered " + status);
            }
            for (int warm = 0; warm < 3; warm++) {
                user.get("app/mailbox.xhtml");
            }
            String session = user.sessionCookie().orElseThrow().getValue();
            users.add(HttpRequest.newBuilder(inbox).timeout(Duration.ofSeconds(30)).header("Accept-Language", "en")
                    .header("Cookie", "JSESSIONID=" + session).GET().build());
        }
        return users;
    }

    private static Load load(HttpClient http, List<HttpRequest> users, Duration pace) throws Exception {
        int maxPerUser = (int) (DURATION.toMillis() / pace.toMillis()) + 1;
        AtomicInteger errors = new AtomicInteger();
        List<Callable<List<Long>>> loops = new ArrayList<>();
        for (int n = 0; n < USERS; n++) {
            HttpRequest inbox = users.get(n);
            long offset = pace.toNanos() * n / USERS;
            loops.add(() -> {
                long start = System.nanoTime() + offset;
                long end = start + DURATION.toNanos();
                List<Long> nanos = new ArrayList<>();
                for (int i = 0; i < maxPerUser && System.nanoTime() < end; i++) {
                    sleepUntil(start + i * pace.toNanos());
                    long before = System.nanoTime();
                    try {
                        HttpResponse<String> page = http.send(inbox, HttpResponse.BodyHandlers.ofString());
                        if (page.statusCode() != 200 || !page.body().contains("haven-threads")) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException | RuntimeException e) {
                        errors.incrementAndGet();
                    }
                    nanos.add(System.nanoTime() - before);
                }
                return nanos;
            });
        }
        return new Load(Timed.concurrently(loops, DURATION), errors.get());
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
