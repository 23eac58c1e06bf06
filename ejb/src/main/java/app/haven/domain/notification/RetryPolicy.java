package app.haven.domain.notification;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try again: the delay doubles from the first one up to a ceiling; temporary failures are
 * retried for as long as it takes (nothing is lost while SMTP is down), permanent ones only up to
 * {@code maxAttempts}.
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    public Instant nextAttempt(int attemptsSoFar, Instant now) {
        int doublings = Math.min(Math.max(attemptsSoFar - 1, 0), 20);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }

    public boolean givesUp(DeliveryFailure failure, int attemptsSoFar) {
        return failure.permanent() && attemptsSoFar >= maxAttempts;
    }
}
