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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Benchmark deployment only: {@code /bench/send?sender=K&recipients=R&count=N} signs in as Sunrise
 * provider K through Haven's own sign-in and sends N messages through the EJB, one by one (bounded
 * by 45 s), answering the latency of each in nanoseconds, one per line. Several requests at once
 * are several people sending at once, each with their own identity, as in production.
 */
@WebServlet("/bench/send")
public class BenchSends extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Messaging messaging;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int sender = Integer.parseInt(request.getParameter("sender"));
        int recipients = Integer.parseInt(request.getParameter("recipients"));
        int count = Math.min(1_000, Integer.parseInt(request.getParameter("count")));
        String label = request.getParameter("label");
        SignedIn.as(Seed.login(Seed.sunriseProvider(sender)));
        try {
            List<Long> nanos = Timed.loop(count, Duration.ofSeconds(45), i -> messaging.send(new Outgoing(
                    SendSql.recipients(sender, i, recipients), Set.of(), label + " " + sender + "-" + i, HavenBenchmark.BODY)));
            response.setContentType("text/plain");
            response.getWriter().write(nanos.stream().map(String::valueOf).collect(Collectors.joining("\n")));
        } catch (Exception e) {
            throw new IllegalStateException("a benchmark send failed", e);
        } finally {
            SignedIn.nobody();
        }
    }
}
