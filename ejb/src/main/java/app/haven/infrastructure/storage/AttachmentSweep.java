package app.haven.infrastructure.storage;

import app.haven.domain.attachment.Attachment;
import app.haven.domain.attachment.AttachmentId;
import app.haven.domain.attachment.Attachments;
import app.haven.domain.audit.AuditAction;
import app.haven.domain.audit.AuditEvent;
import app.haven.domain.audit.AuditTrail;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens the attachment storage when Haven starts (so a missing key stops the deployment with a
 * clear sentence, not the first upload) and warms its cipher code up in the background. Every hour
 * it removes what nobody can reach any more: uploads staged but never sent (the composer left)
 * after a day, and bytes that have no row (a crash between writing and committing). Logs and
 * audits counts only.
 */
@Startup
@Singleton
@DenyAll
public class AttachmentSweep {

    private static final Logger LOG = Logger.getLogger(AttachmentSweep.class.getName());
    private static final String SUMMARY = "Attachment sweep removed %s%d";
    private static final int BATCH = 500;

    @Inject
    private AttachmentStorage storage;

    @Inject
    private Attachments attachments;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "haven.attachments.staged-hours", defaultValue = "24")
    private long stagedHours;

    @Resource
    private ManagedExecutorService background;

    @PostConstruct
    void checkStorage() {
        LOG.info(() -> "Attachment storage ready: " + storage.directory());
        background.execute(storage::warmUp);
    }

    @Schedule(hour = "*", minute = "23", persistent = false)
    public void sweepStagedUploads() {
        List<Attachment> staged = attachments.stagedBefore(cutoff(), BATCH);
        staged.forEach(attachments::remove);
        storage.deleteAfterCommit(staged.stream().map(Attachment::id).toList());
        report(staged.size(), "staged:");
    }

    @Schedule(hour = "3", minute = "41", persistent = false)
    public void sweepOrphanedFiles() {
        int[] removed = {0};
        storage.storedBefore(cutoff(), BATCH, ids -> {
            Set<AttachmentId> known = new HashSet<>();
            attachments.findAll(ids).forEach(attachment -> known.add(attachment.id()));
            ids.stream().filter(id -> !known.contains(id)).forEach(id -> {
                storage.deleteNow(id);
                removed[0]++;
            });
        });
        report(removed[0], "orphans:");
    }

    private Instant cutoff() {
        return clock.instant().minus(Duration.ofHours(stagedHours));
    }

    private void report(int count, String what) {
        if (count > 0) {
            LOG.info(String.format(SUMMARY, what, count));
            audit.record(AuditEvent.anonymous(AuditAction.SWEEP_ATTACHMENTS, clock.instant()).withDetail(what + count));
        }
    }
}
