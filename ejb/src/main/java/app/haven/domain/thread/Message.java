package app.haven.domain.thread;

import app.haven.domain.account.AccountId;
import app.haven.domain.message.MessageBody;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One message of a thread: who wrote it, when, and its sanitised body. Part of the thread aggregate. */
@Entity
@Table(name = "message")
public class Message {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "thread_id", nullable = false, updatable = false)
    private MessageThread thread;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "author_id", nullable = false, length = 36, updatable = false)
    private String authorId;

    @Column(name = "body", nullable = false, length = MessageBody.MAX_LENGTH, updatable = false)
    private String body;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private OffsetDateTime sentAt;

    protected Message() {
        // for JPA
    }

    Message(MessageThread thread, int position, AccountId author, MessageBody body, Instant at) {
        this.id = MessageId.random().toString();
        this.thread = thread;
        this.position = position;
        this.authorId = author.toString();
        this.body = body.html();
        this.sentAt = at.atOffset(ZoneOffset.UTC);
    }

    public MessageId id() {
        return MessageId.of(id);
    }

    public MessageThread thread() {
        return thread;
    }

    public AccountId authorId() {
        return AccountId.of(authorId);
    }

    public boolean isBy(AccountId account) {
        return authorId.equals(account.toString());
    }

    int position() {
        return position;
    }

    public MessageBody body() {
        return MessageBody.stored(body);
    }

    public Instant sentAt() {
        return sentAt.toInstant();
    }
}
