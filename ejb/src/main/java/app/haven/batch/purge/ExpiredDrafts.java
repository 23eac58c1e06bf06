package app.haven.batch.purge;

import app.haven.domain.draft.DraftSlice;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;

/**
 * Walks the draft table in the database's storage order, {@code width} positions at a time (an
 * item is a slice: the writer deletes the practice's expired drafts in it with one statement), so
 * that each page of the table is read once. Its checkpoint is the next position, so a restart goes
 * on after the last committed chunk with the same cutoff. (A checkpoint that is not a position, left
 * by an earlier version of the job, starts the walk again from the beginning: purging is idempotent.)
 */
@Dependent
@Named("expiredDrafts")
public class ExpiredDrafts extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String width;

    @Inject
    private DraftPurge purge;

    private long next;

    @Override
    public void open(Serializable checkpoint) {
        next = checkpoint != null && checkpoint.toString().matches("\\d{1,18}") ? Long.parseLong(checkpoint.toString()) : 0;
    }

    @Override
    public Object readItem() {
        Optional<DraftSlice> slice = purge.sliceFrom(next, Long.parseLong(width));
        slice.ifPresent(read -> next = read.to());
        return slice.orElse(null);
    }

    @Override
    public Serializable checkpointInfo() {
        return Long.toString(next);
    }
}
