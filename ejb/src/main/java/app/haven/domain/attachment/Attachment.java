package app.haven.domain.attachment;

import app.haven.domain.account.AccountId;
import app.haven.domain.draft.Draft;
import app.haven.domain.draft.DraftId;
import app.haven.domain.practice.PracticeId;
import app.haven.domain.thread.Message;
import app.haven.domain.thread.MessageId;
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
import java.util.Optional;

/**
 * A file someone uploaded: its safe name, the type detected from its bytes and its size (files
 * stored before version 10 of the schema also have the SHA-256 of their plaintext, still checked
 * when they are read). The bytes themselves are encrypted and authenticated in storage under the id. An
 * attachment is first <em>staged</em> (uploaded, not yet sent: only its uploader sees it), maybe
 * kept with its uploader's draft (still theirs alone), then belongs to the message it was sent
 * with, and is seen by that thread's participants.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "practice_id", nullable = false, length = 36, updatable = false)
    private String practiceId;

    @Column(name = "uploaded_by", nullable = false, length = 36, updatable = false)
    private String uploadedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "message_id")
    private Message message;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "draft_id")
    private Draft draft;

    @Column(name = "file_name", nullable = false, length = FileName.MAX_LENGTH, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", length = 64, updatable = false)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    protected Attachment() {
        // for JPA
    }

    public Attachment(AttachmentId id, PracticeId practice, AccountId uploader, FileName name, String contentType,
                      long sizeBytes, Instant at) {
        this.id = id.toString();
        this.practiceId = practice.toString();
        this.uploadedBy = uploader.toString();
        this.fileName = name.value();
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.uploadedAt = at.atOffset(ZoneOffset.UTC);
    }

    /**
     * Sends the staged file with a message of its uploader. A file that is someone else's, or
     * already sent, is "not available": ids of other people's files reveal nothing.
     */
    public void sendWith(Message message) {
        if (!isStagedBy(message.authorId())) {
            throw AttachmentRefusal.notAvailable(id());
        }
        this.message = message;
        this.draft = null;
    }

    /** Keeps the uploader's unsent file with their draft, so it comes back when the draft is reopened. */
    public void keepWith(Draft kept) {
        if (!isStagedBy(kept.authorId())) {
            throw AttachmentRefusal.notAvailable(id());
        }
        this.draft = kept;
    }

    public Optional<DraftId> draftId() {
        return Optional.ofNullable(draft).map(Draft::id);
    }

    /** Its uploader sees a staged file; the participants of its thread see a sent one. */
    public boolean isVisibleTo(AccountId account) {
        return isStagedBy(account) || message != null && message.thread().takesPart(account);
    }

    public boolean isStagedBy(AccountId account) {
        return message == null && uploadedBy.equals(account.toString());
    }

    public AttachmentId id() {
        return AttachmentId.of(id);
    }

    public PracticeId practiceId() {
        return PracticeId.of(practiceId);
    }

    /** The thread of the message it was sent with; empty while it is staged. */
    public Optional<MessageThread> thread() {
        return Optional.ofNullable(message).map(Message::thread);
    }

    public Optional<MessageId> messageId() {
        return Optional.ofNullable(message).map(Message::id);
    }

    public FileName fileName() {
        return new FileName(fileName);
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    /** The SHA-256 of the plaintext recorded at upload, for files stored before version 10 of the schema. */
    public Optional<String> sha256() {
        return Optional.ofNullable(sha256);
    }
}
