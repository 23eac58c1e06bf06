package app.haven.application;

import app.haven.domain.account.Account;
import app.haven.domain.account.AccountId;
import app.haven.domain.account.Accounts;
import app.haven.domain.account.Roles;
import app.haven.domain.audit.AuditAction;
import app.haven.domain.audit.AuditEvent;
import app.haven.domain.audit.AuditTrail;
import app.haven.domain.notification.Notification;
import app.haven.domain.notification.NotificationStatus;
import app.haven.domain.notification.Notifications;
import app.haven.domain.shared.HavenRefusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The practice admin's view of the outbox: the backlog, what failed, and sending it again. */
@Stateless
@RolesAllowed(Roles.PRACTICE_ADMIN)
@Interceptors(RefusalAudit.class)
public class NotificationAdmin {

    @Inject
    private Caller caller;

    @Inject
    private Notifications notifications;

    @Inject
    private Accounts accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public long pendingCount() {
        return notifications.countWithStatus(caller.account().practiceId(), NotificationStatus.PENDING);
    }

    public List<FailedNotification> failed() {
        Account admin = caller.account();
        List<Notification> failed = notifications.failedIn(admin.practiceId());
        Map<AccountId, String> names = accounts.displayNames(failed.stream().map(Notification::recipientId).toList());
        return failed.stream().map(n -> new FailedNotification(n.id(), names.get(n.recipientId()), n.createdAt(),
                n.attempts(), n.lastError().orElse(""))).toList();
    }

    public void resend(String notificationId) {
        Account admin = caller.account();
        Notification notification = notifications.find(notificationId)
                .filter(n -> n.practiceId().equals(admin.practiceId()) && n.status() == NotificationStatus.FAILED)
                .orElseThrow(() -> new HavenRefusal("refusal.notification.notAvailable", null));
        notification.resend(clock.instant());
        audit.record(AuditEvent.of(AuditAction.RESEND_NOTIFICATION, admin.practiceId(), admin.id(), notificationId,
                clock.instant()));
    }
}
