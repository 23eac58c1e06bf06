package app.haven.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/** Produces the application's clock: UTC, so retention and ordering never depend on time zones. */
@ApplicationScoped
public class Clocks {

    @Produces
    Clock utc() {
        // microsecond ticks: what both databases store, so a value read back equals the one written
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
