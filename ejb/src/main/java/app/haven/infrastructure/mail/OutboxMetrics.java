package app.haven.infrastructure.mail;

import app.haven.domain.notification.NotificationStatus;
import app.haven.domain.notification.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/** The outbox backlog for operations (MP Metrics): notifications waiting, and those that failed. */
@ApplicationScoped
public class OutboxMetrics {

    @Inject
    private Notifications notifications;

    /** Gauges are registered when their bean is created: create it when the application starts. */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // nothing else to do
    }

    @Gauge(name = "haven_outbox_pending", unit = MetricUnits.NONE, absolute = true,
            description = "Notifications waiting to be delivered")
    public long pending() {
        return notifications.countWithStatus(NotificationStatus.PENDING);
    }

    @Gauge(name = "haven_outbox_failed", unit = MetricUnits.NONE, absolute = true,
            description = "Notifications refused for good, waiting for an admin")
    public long failed() {
        return notifications.countWithStatus(NotificationStatus.FAILED);
    }
}
