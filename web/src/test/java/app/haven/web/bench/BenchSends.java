package app.haven.web.bench;

import app.haven.application.Messaging;
import app.haven.application.Outgoing;
import app.haven.web.it.SignedIn;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Benchmark deployment only: {@code /bench/send?sender=K&recipients=R&count=N&together=T&run=L}
 * signs in as Sunrise provider K through Haven's own sign-in, waits until all T senders of run L
 * have signed in (at most a minute), then sends N messages through the EJB, one by one (bounded by
 * 45 s); with {@code alongside=jdbc}, the baseline's JDBC transaction for the same rows in turn with
 * the sends (the count in the answer is then the sends' and the baseline's together, the sends'
 * latencies first). It answers when its sends started and ended (the server's nanosecond clock) and how many
 * it sent on the first line, then the latency of each send in nanoseconds, one per line. Several requests at once are
 * several people sending at once, each with their own identity, as in production; the sign-ins
 * (600,000 PBKDF2 rounds each) stay out of the sending time.
 */
@WebServlet("/bench/send")
public class BenchSends extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** One start gate per run: the senders of a run start sending together, once all have signed in. */
    private static final Map<String, CyclicBarrier> GATES = new ConcurrentHashMap<>();

    @Inject
    private Messaging messaging;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int sender = Integer.parseInt(request.getParameter("sender"));
        int recipients = Integer.parseInt(request.getParameter("recipients"));
        int count = Math.min(1_000, Integer.parseInt(request.getParameter("count")));
        String label = request.getParameter("label");
        int together = Integer.parseInt(request.getParameter("together"));
        SignedIn.as(Seed.login(Seed.sunriseProvider(sender)));
        try {
            GATES.computeIfAbsent(request.getParameter("run"), run -> new CyclicBarrier(together)).await(1, TimeUnit.MINUTES);
            Timed.Step send = i -> messaging.send(new Outgoing(
                    SendSql.recipients(sender, i, recipients), Set.of(), label + " " + sender + "-" + i, HavenBenchmark.BODY));
            long start = System.nanoTime();
            List<Long> nanos;
            if ("jdbc".equals(request.getParameter("alongside"))) {
                // the baseline's transactions in turn with the sends (which goes first alternates), on the same connection pool
                DataSource data = Seed.dataSource();
                String senderId = Seed.staffId(Seed.sunriseProvider(sender));
                Timed.Run[] runs = Timed.alternately(count, Duration.ofSeconds(45), send,
                        i -> SendSql.send(data, senderId, sender, i, recipients));
                nanos = new ArrayList<>(runs[0].nanos());
                nanos.addAll(runs[1].nanos());
            } else {
                nanos = Timed.loop(count, Duration.ofSeconds(45), send);
            }
            long end = System.nanoTime();
            response.setContentType("text/plain");
            response.getWriter().write(start + " " + end + " " + nanos.size() + "\n" + nanos.stream().map(String::valueOf).collect(Collectors.joining("\n")));
        } catch (Exception e) {
            throw new IllegalStateException("a benchmark send failed", e);
        } finally {
            SignedIn.nobody();
        }
    }
}
