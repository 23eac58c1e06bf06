package app.haven.domain.thread;

import java.time.Instant;

/**
 * A row of a mailbox page as it is read: the thread, its subject, the reader's last activity in
 * it and whether it is unread for them. Only what a page shows, so reading a page builds no
 * entities.
 */
public record MailboxEntry(ThreadId thread, String subject, Instant lastActivityAt, boolean unread) {
}
