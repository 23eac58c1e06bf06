package app.haven.domain.chart;

import app.haven.domain.account.Account;
import app.haven.domain.account.AccountId;
import app.haven.domain.account.Role;
import app.haven.domain.message.MessageBody;
import app.haven.domain.shared.Ids;
import app.haven.domain.thread.MessageThread;
import app.haven.domain.thread.ThreadRefusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A note in a client's chart. A Quick Note (SPEC R13) is written by a provider from a thread with
 * exactly one client (and any number of staff), keeps a link back to that thread, and is
 * sanitised like a message. It stays in the chart even if the thread is later deleted.
 */
@Entity
@Table(name = "chart_note")
public class ChartNote {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "practice_id", nullable = false, length = 36, updatable = false)
    private String practiceId;

    @Column(name = "client_id", nullable = false, length = 36, updatable = false)
    private String clientId;

    @Column(name = "author_id", nullable = false, length = 36, updatable = false)
    private String authorId;

    @Column(name = "thread_id", length = 36, updatable = false)
    private String threadId;

    @Column(name = "body", nullable = false, length = MessageBody.MAX_LENGTH, updatable = false)
    private String body;

    @Column(name = "written_at", nullable = false, updatable = false)
    private OffsetDateTime writtenAt;

    protected ChartNote() {
        // for JPA
    }

    private ChartNote(Account author, Account client, MessageThread thread, MessageBody body, Instant at) {
        this.id = Ids.random().toString();
        this.practiceId = client.practiceId().toString();
        this.clientId = client.id().toString();
        this.authorId = author.id().toString();
        this.threadId = thread.id().toString();
        this.body = body.html();
        this.writtenAt = at.atOffset(ZoneOffset.UTC);
    }

    /** The one client of the thread a Quick Note may be written from, checking every rule of R13. */
    public static AccountId quickNoteClient(Account author, MessageThread thread) {
        if (!thread.takesPart(author.id())) {
            throw ThreadRefusal.notAvailable(thread.id());
        }
        if (!author.hasRole(Role.PROVIDER)) {
            throw ChartRefusal.quickNoteProvidersOnly(thread.id());
        }
        List<AccountId> clients = thread.clientIds();
        if (clients.size() != 1) {
            throw ChartRefusal.quickNoteOneClientOnly(thread.id());
        }
        return clients.get(0);
    }

    /** A Quick Note of the thread into its one client's chart (R13). */
    public static ChartNote quickNote(Account author, MessageThread thread, Account client, MessageBody body, Instant at) {
        if (!client.id().equals(quickNoteClient(author, thread))) {
            throw ChartRefusal.clientNotInThread(client.id());
        }
        ChartAccess.check(author, client);
        return new ChartNote(author, client, thread, body, at);
    }

    public String id() {
        return id;
    }

    public AccountId clientId() {
        return AccountId.of(clientId);
    }

    public AccountId authorId() {
        return AccountId.of(authorId);
    }

    public Optional<String> threadId() {
        return Optional.ofNullable(threadId);
    }

    public MessageBody body() {
        return MessageBody.stored(body);
    }

    public Instant writtenAt() {
        return writtenAt.toInstant();
    }
}
