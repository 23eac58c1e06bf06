package app.haven.batch.purge;

import app.haven.domain.practice.PracticeId;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/** After a purge: the totals as its exit status, and, when it completed, one audit event and a log line, counts only. */
@Dependent
@Named("draftPurgeReport")
public class DraftPurgeReport extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(DraftPurgeReport.class.getName());
    private static final String SUMMARY = "Draft purge %s: %s";

    @Inject
    private JobContext job;

    @Inject
    @BatchProperty
    private String practice;

    @Inject
    private DraftPurge purge;

    @Override
    public void afterJob() {
        PurgeTotals totals = PurgeTotals.parse(job.getExitStatus());
        job.setExitStatus(totals.toString());
        // the runtime marks the execution COMPLETED only after its listeners; a failed one is FAILED already
        boolean completed = job.getBatchStatus() == BatchStatus.STARTED || job.getBatchStatus() == BatchStatus.COMPLETED;
        LOG.info(String.format(SUMMARY, completed ? BatchStatus.COMPLETED : job.getBatchStatus(), totals));
        if (completed) {
            purge.completed(PracticeId.of(practice), totals);
        }
    }
}
