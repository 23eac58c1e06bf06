package app.haven.domain.chart;

import app.haven.domain.account.Account;
import app.haven.domain.account.AccountId;
import app.haven.domain.attachment.Attachment;
import app.haven.domain.attachment.AttachmentRefusal;
import app.haven.domain.shared.Ids;
import app.haven.domain.thread.MessageThread;
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

/**
 * A message attachment shared to a client's Docs &amp; Forms (SPEC R12): which file, whose chart,
 * who shared it and when. Shared from a thread that involves the client, by staff who take part in
 * it and may open that client's chart; taken back by deleting it.
 */
@Entity
@Table(name = "chart_document")
public class ChartDocument {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "practice_id", nullable = false, length = 36, updatable = false)
    private String practiceId;

    @Column(name = "client_id", nullable = false, length = 36, updatable = false)
    private String clientId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attachment_id", nullable = false, updatable = false)
    private Attachment attachment;

    @Column(name = "thread_id", nullable = false, length = 36, updatable = false)
    private String threadId;

    @Column(name = "shared_by", nullable = false, length = 36, updatable = false)
    private String sharedBy;

    @Column(name = "shared_at", nullable = false, updatable = false)
    private OffsetDateTime sharedAt;

    protected ChartDocument() {
        // for JPA
    }

    private ChartDocument(Account staff, Account client, Attachment attachment, MessageThread thread, Instant at) {
        this.id = Ids.random().toString();
        this.practiceId = client.practiceId().toString();
        this.clientId = client.id().toString();
        this.attachment = attachment;
        this.threadId = thread.id().toString();
        this.sharedBy = staff.id().toString();
        this.sharedAt = at.atOffset(ZoneOffset.UTC);
    }

    /**
     * Shares a sent attachment to the client's chart. The staff member must take part in the
     * attachment's thread and may open the client's chart; the client must take part in it too.
     */
    public static ChartDocument share(Account staff, Account client, Attachment attachment, Instant at) {
        MessageThread thread = attachment.thread().filter(t -> t.takesPart(staff.id()))
                .orElseThrow(() -> AttachmentRefusal.notAvailable(attachment.id()));
        ChartAccess.check(staff, client);
        if (!thread.takesPart(client.id())) {
            throw ChartRefusal.clientNotInThread(client.id());
        }
        return new ChartDocument(staff, client, attachment, thread, at);
    }

    public AccountId clientId() {
        return AccountId.of(clientId);
    }

    public Attachment attachment() {
        return attachment;
    }

    public String threadId() {
        return threadId;
    }

    public AccountId sharedBy() {
        return AccountId.of(sharedBy);
    }

    public Instant sharedAt() {
        return sharedAt.toInstant();
    }
}
