package app.haven.domain.thread;

import app.haven.domain.account.AccountId;
import app.haven.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One person's part in a thread and their own view of it: the folder it sits in, whether it is
 * unread, whether they received or sent in it. The mailbox and the unread badge are answered from
 * these rows alone (the time of the latest message is kept here for that), never by scanning
 * messages.
 */
@Entity
@Table(name = "participation")
public class Participation {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "thread_id", nullable = false, updatable = false)
    private MessageThread thread;

    @Column(name = "account_id", nullable = false, length = 36, updatable = false)
    private String accountId;

    @Column(name = "client", nullable = false, updatable = false)
    private boolean client;

    @Enumerated(EnumType.STRING)
    @Column(name = "folder", nullable = false, length = 10)
    private Folder folder = Folder.INBOX;

    @Column(name = "received", nullable = false)
    private boolean received;

    @Column(name = "sent", nullable = false)
    private boolean sent;

    @Column(name = "unread", nullable = false)
    private boolean unread;

    @Column(name = "last_read_at")
    private OffsetDateTime lastReadAt;

    @Column(name = "last_activity_at", nullable = false)
    private OffsetDateTime lastActivityAt;

    protected Participation() {
        // for JPA
    }

    Participation(MessageThread thread, AccountId account, boolean client, Instant at) {
        this.id = Ids.random().toString();
        this.thread = thread;
        this.accountId = account.toString();
        this.client = client;
        this.lastActivityAt = utc(at);
    }

    public AccountId accountId() {
        return AccountId.of(accountId);
    }

    public boolean isClient() {
        return client;
    }

    public Folder folder() {
        return folder;
    }

    public boolean isUnread() {
        return unread;
    }

    public boolean hasReceived() {
        return received;
    }

    public boolean hasSent() {
        return sent;
    }

    public MessageThread thread() {
        return thread;
    }

    /** Someone else wrote: the thread is unread and comes back from the archive (not from trash). */
    void received(Instant at) {
        received = true;
        unread = true;
        lastActivityAt = utc(at);
        if (folder == Folder.ARCHIVE) {
            folder = Folder.INBOX;
        }
    }

    /** This person wrote: what they wrote is read by them. */
    void sent(Instant at) {
        sent = true;
        unread = false;
        lastReadAt = utc(at);
        lastActivityAt = utc(at);
    }

    /** Recomputes the derived state after a message was removed from the thread. */
    void recount(boolean unreadLeft, Instant latestActivity) {
        unread = unreadLeft;
        lastActivityAt = utc(latestActivity);
    }

    public Instant lastActivityAt() {
        return lastActivityAt.toInstant();
    }

    Instant lastReadAt() {
        return lastReadAt == null ? Instant.EPOCH : lastReadAt.toInstant();
    }

    public void read(Instant at) {
        unread = false;
        lastReadAt = utc(at);
    }

    public void markUnread() {
        unread = true;
    }

    public void moveTo(Folder destination) {
        folder = destination;
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
