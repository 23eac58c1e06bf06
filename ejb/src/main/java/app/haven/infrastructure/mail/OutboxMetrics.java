package app.haven.infrastructure.mail;

import app.haven.domain.notification.NotificationStatus;
import app.haven.domain.notification.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/** The outbox backlog for operations (MP Metrics): notifications waiting, and those that failed. */
@ApplicationScoped
public class OutboxMetrics {

    @Inject
    private Notifications notifications;

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
