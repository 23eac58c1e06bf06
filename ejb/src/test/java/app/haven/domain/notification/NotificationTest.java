package app.haven.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.domain.account.AccountId;
import app.haven.domain.practice.PracticeId;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The outbox's retry rules: temporary failures retry with growing delays, permanent ones give up. */
class NotificationTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(30), 3);

    @ParameterizedTest(name = "{0}: permanent={1}, code={2}")
    @CsvSource({
        "'550 5.1.1 <someone@example.org>: Recipient address rejected', true, 550",
        "'554 Transaction failed', true, 554",
        "'421 Service not available, closing channel', false, 421",
        "'451 Requested action aborted: local error', false, 451",
        "'Could not connect to SMTP host: 127.0.0.1, port: 25', false, NO_ANSWER"})
    void failuresAreClassifiedByTheirReplyCodeAlone(String message, boolean permanent, String code) {
        DeliveryFailure failure = DeliveryFailure.of(new Exception("Sending failed", new Exception(message)));
        assertThat(failure).isEqualTo(new DeliveryFailure(permanent, code));
    }

    @Test
    void aRefusedConnectionIsTemporary() {
        assertThat(DeliveryFailure.of(new ConnectException("Connection refused")).permanent()).isFalse();
    }

    @Test
    void delaysDoubleUpToTheCeiling() {
        assertThat(POLICY.nextAttempt(1, T0)).isEqualTo(T0.plusSeconds(30));
        assertThat(POLICY.nextAttempt(2, T0)).isEqualTo(T0.plusSeconds(60));
        assertThat(POLICY.nextAttempt(3, T0)).isEqualTo(T0.plusSeconds(120));
        assertThat(POLICY.nextAttempt(50, T0)).isEqualTo(T0.plus(Duration.ofMinutes(30)));
    }

    @Test
    void temporaryFailuresNeverGiveUp() {
        Notification notification = new Notification(PracticeId.random(), AccountId.random(), T0);
        for (int i = 0; i < 10; i++) {
            notification.attemptFailed(new DeliveryFailure(false, "421"), POLICY, T0);
        }
        assertThat(notification.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(notification.attempts()).isEqualTo(10);
    }

    @Test
    void permanentFailuresEndAsFailedAfterTheAllowedAttemptsAndCanBeResent() {
        Notification notification = new Notification(PracticeId.random(), AccountId.random(), T0);
        notification.attemptFailed(new DeliveryFailure(true, "550"), POLICY, T0);
        notification.attemptFailed(new DeliveryFailure(true, "550"), POLICY, T0);
        assertThat(notification.status()).isEqualTo(NotificationStatus.PENDING);
        notification.attemptFailed(new DeliveryFailure(true, "550"), POLICY, T0);
        assertThat(notification.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(notification.lastError()).contains("550");

        notification.resend(T0.plusSeconds(5));
        assertThat(notification.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(notification.isDue(T0.plusSeconds(5))).isTrue();
    }

    @Test
    void aClaimedNotificationIsNotDueForAnotherDispatcher() {
        Notification notification = new Notification(PracticeId.random(), AccountId.random(), T0);
        notification.claim(T0.plusSeconds(60));
        assertThat(notification.isDue(T0.plusSeconds(1))).isFalse();
        assertThat(notification.isDue(T0.plusSeconds(61))).isTrue();
    }
}
