package app.haven.batch.purge;

import app.haven.domain.draft.DraftId;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Purges each chunk of expired drafts and keeps the running totals in the checkpoint and the exit status. */
@Dependent
@Named("draftPurgeWriter")
public class DraftPurgeWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String cutoff;

    @Inject
    private JobContext job;

    @Inject
    private DraftPurge purge;

    private PurgeTotals totals = PurgeTotals.NONE;

    @Override
    public void open(Serializable checkpoint) {
        totals = checkpoint == null ? PurgeTotals.NONE : PurgeTotals.parse(checkpoint.toString());
        job.setExitStatus(totals.toString());
    }

    @Override
    public void writeItems(List<Object> items) {
        List<DraftId> ids = items.stream().map(DraftId.class::cast).toList();
        totals = totals.plus(purge.purge(ids, Instant.parse(cutoff)));
        job.setExitStatus(totals.toString());
    }

    @Override
    public Serializable checkpointInfo() {
        return totals.toString();
    }
}
