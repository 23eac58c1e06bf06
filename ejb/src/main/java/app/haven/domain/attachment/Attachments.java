package app.haven.domain.attachment;

import app.haven.domain.draft.DraftId;
import app.haven.domain.thread.MessageId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Attachment rows. Their bytes are in storage, under the same ids. */
public interface Attachments {

    Optional<Attachment> find(AttachmentId id);

    List<Attachment> findAll(Collection<AttachmentId> ids);

    /** The attachments of these messages, oldest upload first. */
    List<Attachment> ofMessages(Collection<MessageId> messages);

    /** Staged files (uploaded, neither sent nor kept with a draft) older than the given time. */
    List<Attachment> stagedBefore(Instant cutoff, int max);

    /** The files kept with these drafts, in upload order (for more than a thousand drafts, in upload order per thousand). */
    List<Attachment> ofDrafts(Collection<DraftId> drafts);

    void add(Attachment attachment);

    void remove(Attachment attachment);
}
