package app.haven.application;

import app.haven.domain.account.Account;
import app.haven.domain.notification.Notification;
import app.haven.domain.notification.Notifications;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;

/**
 * Writes the notifications of a posted message into the outbox, in the message's transaction
 * (SPEC R9): one per recipient who can sign in to read it, never the author.
 */
@Dependent
class NotificationOutbox {

    @Inject
    private Notifications notifications;

    void messagePosted(Account author, Collection<Account> recipients, Instant at) {
        recipients.stream()
                .filter(recipient -> !recipient.id().equals(author.id()))
                .filter(Account::receivesNotifications)
                .forEach(recipient -> notifications.add(new Notification(recipient.practiceId(), recipient.id(), at)));
    }
}
