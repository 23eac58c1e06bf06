package app.haven.batch.purge;

import app.haven.domain.draft.DraftSlice;
import app.haven.domain.practice.PracticeId;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Purges the practice's expired drafts in each chunk's slices and keeps the running totals in the checkpoint and the exit status. */
@Dependent
@Named("draftPurgeWriter")
public class DraftPurgeWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String cutoff;

    @Inject
    @BatchProperty
    private String practice;

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
        PurgeTotals chunk = PurgeTotals.NONE;
        for (Object slice : items) {
            chunk = chunk.plus(purge.purge(PracticeId.of(practice), (DraftSlice) slice, Instant.parse(cutoff)));
        }
        totals = totals.plus(chunk);
        job.setExitStatus(totals.toString());
    }

    @Override
    public Serializable checkpointInfo() {
        return totals.toString();
    }
}
