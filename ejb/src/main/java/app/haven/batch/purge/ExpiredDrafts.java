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
 * Walks the draft table in the database's storage order, {@code width} positions at a time
 * ({@value #DEFAULT_WIDTH} unless the job parameter says otherwise): an item is a slice, and the
 * writer deletes the practice's expired drafts in it with one statement, so a run reads each page of
 * the table once. Its checkpoint is the next position, so a restart goes on after the last committed
 * chunk with the same cutoff. A run started by an earlier version of the job (its stored job XML has
 * no width, its checkpoint is an id) walks the table again from the beginning: purging is idempotent.
 */
@Dependent
@Named("expiredDrafts")
public class ExpiredDrafts extends AbstractItemReader {

    /** Positions per slice: 1,024 pages (8 MiB of the table) on PostgreSQL, 1,024 row numbers on H2. */
    static final long DEFAULT_WIDTH = 1_024;
    private static final String POSITION = "\\d{1,18}";

    @Inject
    @BatchProperty
    private String width;

    @Inject
    private DraftPurge purge;

    private long next;

    @Override
    public void open(Serializable checkpoint) {
        next = checkpoint != null && checkpoint.toString().matches(POSITION) ? Long.parseLong(checkpoint.toString()) : 0;
    }

    @Override
    public Object readItem() {
        Optional<DraftSlice> slice = purge.sliceFrom(next, width());
        slice.ifPresent(read -> next = read.to());
        return slice.orElse(null);
    }

    private long width() {
        long asked = width != null && width.matches(POSITION) ? Long.parseLong(width) : 0;
        return asked > 0 ? asked : DEFAULT_WIDTH;
    }

    @Override
    public Serializable checkpointInfo() {
        return Long.toString(next);
    }
}
