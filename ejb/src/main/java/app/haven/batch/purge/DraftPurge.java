package app.haven.batch.purge;

import app.haven.domain.attachment.Attachment;
import app.haven.domain.attachment.Attachments;
import app.haven.domain.audit.AuditAction;
import app.haven.domain.audit.AuditEvent;
import app.haven.domain.audit.AuditTrail;
import app.haven.domain.draft.DraftSlice;
import app.haven.domain.draft.Drafts;
import app.haven.domain.practice.PracticeId;
import app.haven.infrastructure.storage.AttachmentStorage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The purge's work on the database, in the chunk's transaction: remove the practice's drafts in a
 * slice of the table that are expired when the statement reaches them (one saved again meanwhile is
 * kept) with their files' rows; their bytes go once the chunk commits. Each run is one practice's.
 * Sent messages and their files are never touched: only draft rows and the files kept with drafts are.
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

    /** The slice of the draft table from {@code from}, at most {@code width} positions wide; empty past its end. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<DraftSlice> sliceFrom(long from, long width) {
        return drafts.sliceFrom(from, width);
    }

    /**
     * Removes the practice's drafts in the slice that are still expired, in three statements
     * whatever its size: the drafts with files are locked first (a save of one of them meanwhile
     * waits for the chunk and then finds it gone) and their files' rows go; then every expired
     * draft of the practice in the slice goes in one bulk delete that checks each row again under
     * its lock (a draft saved since is kept; a second run finds nothing left to do).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PurgeTotals purge(PracticeId practice, DraftSlice slice, Instant cutoff) {
        List<Attachment> files = attachments.ofDrafts(drafts.lockExpiredWithFiles(practice, slice, cutoff));
        files.forEach(attachments::remove);
        int purged = drafts.removeExpired(practice, slice, cutoff);
        storage.deleteAfterCommit(files.stream().map(Attachment::id).toList());
        return new PurgeTotals(purged, files.stream().mapToLong(Attachment::sizeBytes).sum());
    }

    /** The one audit event of a completed purge, in the practice's trail: counts only. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void completed(PracticeId practice, PurgeTotals totals) {
        audit.record(AuditEvent.of(AuditAction.PURGE_DRAFTS, practice, null, null, clock.instant()).withDetail(totals.toString()));
    }
}
