package app.haven.web.bench;

import app.haven.web.it.DemoPeople;
import app.haven.web.it.WebClient;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fifty signed-in staff members (the heavy provider among them) on loopback, each opening their
 * inbox page once a second for {@link #DURATION}, then twice a second (a closed loop: a slow answer
 * delays that user's next request, so the load never piles up). A request is an error unless it answers
 * 200 with the mailbox's thread table.
 */
final class InboxLoad {

    static final int USERS = 50;
    static final Duration DURATION = Duration.ofSeconds(30);

    private InboxLoad() {
    }

    static void run(URL base) throws Exception {
        List<WebClient> users = signedIn(base);
        run(users, Duration.ofMillis(1_000));
        run(users, Duration.ofMillis(500));
    }

    private static List<WebClient> signedIn(URL base) {
        List<WebClient> users = new ArrayList<>();
        for (int n = 1; n <= USERS; n++) {
            WebClient user = new WebClient(base);
            int status = user.signIn(Seed.login(n), DemoPeople.PASSWORD).status();
            if (status != 302 && status != 303) {
                throw new IllegalStateException("sign-in of staff member " + n + " answered " + status);
            }
            for (int warm = 0; warm < 3; warm++) {
                user.get("app/mailbox.xhtml");
            }
            users.add(user);
        }
        return users;
    }

    private static void run(List<WebClient> users, Duration pace) throws Exception {
        int maxPerUser = (int) (DURATION.toMillis() / pace.toMillis()) + 1;
        AtomicInteger errors = new AtomicInteger();
        List<Callable<List<Long>>> loops = new ArrayList<>();
        for (int n = 0; n < USERS; n++) {
            WebClient user = users.get(n);
            long offset = pace.toNanos() * n / USERS;
            loops.add(() -> {
                long start = System.nanoTime() + offset;
                long end = start + DURATION.toNanos();
                List<Long> nanos = new ArrayList<>();
                for (int i = 0; i < maxPerUser && System.nanoTime() < end; i++) {
                    sleepUntil(start + i * pace.toNanos());
                    long before = System.nanoTime();
                    try {
                        WebClient.Page page = user.get("app/mailbox.xhtml");
                        if (page.status() != 200 || page.document().select(".haven-threads").isEmpty()) {
                            errors.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                    }
                    nanos.add(System.nanoTime() - before);
                }
                return nanos;
            });
        }
        Timed.Run run = Timed.concurrently(loops, DURATION);
        Figure figure = run.figure("requests/s");
        boolean met = errors.get() == 0 && figure.p99() <= 100;
        new Result("load", String.format("inbox page over HTTP, %d signed-in users on loopback, one request per user every"
                + " %d ms for %d s", USERS, pace.toMillis(), DURATION.toSeconds()), figure, Figure.NONE, Double.NaN,
                "0 errors; p99 <= 100 ms", met, errors.get() + " errors of " + figure.count() + " requests")
                .appendTo(BenchState.folder());
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
