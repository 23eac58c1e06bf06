package app.haven.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Produces the application's clock: UTC, so retention and ordering never depend on time zones. */
@ApplicationScoped
public class Clocks {

    @Produces
    Clock utc() {
        return Clock.systemUTC();
    }
}
