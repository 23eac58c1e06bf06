package app.haven.domain.notification;

import app.haven.domain.account.AccountId;
import app.haven.domain.practice.PracticeId;
import app.haven.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * One "you have a secure message" e-mail to send to one person: a row of the outbox. Written in
 * the transaction of the message it announces, so a committed message always has its
 * notifications; delivered later by the dispatcher, which claims it for a while so that no other
 * dispatcher sends it at the same time.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "practice_id", nullable = false, length = 36, updatable = false)
    private String practiceId;

    @Column(name = "recipient_id", nullable = false, length = 36, updatable = false)
    private String recipientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private NotificationStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "claimed_until")
    private OffsetDateTime claimedUntil;

    @Column(name = "last_error", length = 20)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Notification() {
        // for JPA
    }

    public Notification(PracticeId practice, AccountId recipient, Instant at) {
        this.id = Ids.random().toString();
        this.practiceId = practice.toString();
        this.recipientId = recipient.toString();
        this.status = NotificationStatus.PENDING;
        this.createdAt = utc(at);
        this.nextAttemptAt = utc(at);
    }

    public String id() {
        return id;
    }

    public PracticeId practiceId() {
        return PracticeId.of(practiceId);
    }

    public AccountId recipientId() {
        return AccountId.of(recipientId);
    }

    public NotificationStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public boolean isDue(Instant now) {
        return status == NotificationStatus.PENDING && !nextAttemptAt.toInstant().isAfter(now)
                && (claimedUntil == null || claimedUntil.toInstant().isBefore(now));
    }

    /** Reserves the notification for one dispatcher until the given time. */
    public void claim(Instant until) {
        claimedUntil = utc(until);
    }

    public void delivered(Instant at) {
        attempts++;
        status = NotificationStatus.SENT;
        sentAt = utc(at);
        claimedUntil = null;
        lastError = null;
    }

    public void attemptFailed(DeliveryFailure failure, RetryPolicy policy, Instant at) {
        attempts++;
        lastError = failure.code();
        claimedUntil = null;
        if (policy.givesUp(failure, attempts)) {
            status = NotificationStatus.FAILED;
        } else {
            nextAttemptAt = utc(policy.nextAttempt(attempts, at));
        }
    }

    /** Nobody to send it to any more (the person can no longer sign in): failed at once. */
    public void undeliverable(String reason) {
        status = NotificationStatus.FAILED;
        lastError = reason;
        claimedUntil = null;
    }

    /** An admin sends a failed notification again: a fresh start. */
    public void resend(Instant at) {
        status = NotificationStatus.PENDING;
        attempts = 0;
        nextAttemptAt = utc(at);
        claimedUntil = null;
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
