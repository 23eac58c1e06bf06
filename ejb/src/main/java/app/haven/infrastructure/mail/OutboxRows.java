package app.haven.infrastructure.mail;

import app.haven.domain.account.Account;
import app.haven.domain.account.Accounts;
import app.haven.domain.notification.DeliveryFailure;
import app.haven.domain.notification.Notification;
import app.haven.domain.notification.Notifications;
import app.haven.domain.notification.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dispatcher's short transactions on the outbox, each committed on its own: claim a batch,
 * look up an address, record an outcome. Sending happens between them, outside any transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxRows {

    @Inject
    private Notifications notifications;

    @Inject
    private Accounts accounts;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "haven.mail.retry-first-delay-seconds", defaultValue = "30")
    private long firstDelaySeconds;

    @Inject
    @ConfigProperty(name = "haven.mail.retry-max-delay-seconds", defaultValue = "3600")
    private long maxDelaySeconds;

    @Inject
    @ConfigProperty(name = "haven.mail.max-attempts", defaultValue = "5")
    private int maxAttempts;

    public List<String> claimDue(int limit, Duration lease) {
        Instant now = clock.instant();
        return notifications.dueIds(now, limit).stream()
                .filter(id -> notifications.claim(id, now, now.plus(lease)))
                .toList();
    }

    /** The address to notify, or empty when the person can no longer sign in to read anything. */
    public Optional<String> addressFor(String notificationId) {
        return notifications.find(notificationId)
                .flatMap(notification -> accounts.find(notification.recipientId()))
                .filter(Account::receivesNotifications)
                .map(Account::email);
    }

    public void delivered(String notificationId) {
        notifications.find(notificationId).ifPresent(n -> n.delivered(clock.instant()));
    }

    public void undeliverable(String notificationId) {
        notifications.find(notificationId).ifPresent(n -> n.undeliverable("NO_PORTAL"));
    }

    public void failed(String notificationId, DeliveryFailure failure) {
        notifications.find(notificationId).ifPresent(n -> n.attemptFailed(failure, policy(), clock.instant()));
    }

    private RetryPolicy policy() {
        return new RetryPolicy(Duration.ofSeconds(firstDelaySeconds), Duration.ofSeconds(maxDelaySeconds), maxAttempts);
    }
}
