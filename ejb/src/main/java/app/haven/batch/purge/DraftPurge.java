package app.haven.batch.purge;

import app.haven.domain.attachment.Attachment;
import app.haven.domain.attachment.Attachments;
import app.haven.domain.audit.AuditAction;
import app.haven.domain.audit.AuditEvent;
import app.haven.domain.audit.AuditTrail;
import app.haven.domain.draft.Draft;
import app.haven.domain.draft.DraftId;
import app.haven.domain.draft.Drafts;
import app.haven.infrastructure.storage.AttachmentStorage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The purge's work on the database, in the chunk's transaction: remove the drafts that are still
 * expired (one saved again since it was read is kept) with their files' rows; their bytes go once
 * the chunk commits. Sent messages and their files are never touched: only draft rows and the
 * files kept with drafts are.
 */
@ApplicationScoped
public class DraftPurge {

    @Inject
    private Drafts drafts;

    @Inject
    private Attachments attachments;

    @Inject
    private AttachmentStorage storage;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Ids of expired drafts after {@code afterId}, in id order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DraftId> expiredAfter(Instant cutoff, String afterId, int max) {
        return drafts.expiredAfter(cutoff, afterId, max);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public PurgeTotals purge(Collection<DraftId> ids, Instant cutoff) {
        List<Draft> expired = drafts.findAll(ids).stream().filter(draft -> draft.savedAt().isBefore(cutoff)).toList();
        List<Attachment> files = attachments.ofDrafts(expired.stream().map(Draft::id).toList());
        files.forEach(attachments::remove);
        expired.forEach(drafts::remove);
        storage.deleteAfterCommit(files.stream().map(Attachment::id).toList());
        return new PurgeTotals(expired.size(), files.stream().mapToLong(Attachment::sizeBytes).sum());
    }

    /** The one audit event of a completed purge: counts only. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void completed(PurgeTotals totals) {
        audit.record(AuditEvent.anonymous(AuditAction.PURGE_DRAFTS, clock.instant()).withDetail(totals.toString()));
    }
}
