package app.haven.batch.purge;

import app.haven.domain.draft.DraftRange;
import app.haven.domain.practice.PracticeId;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads one practice's expired drafts as runs of up to {@value #RANGE} in id order (an item is a
 * run: the writer deletes each with one statement). Its checkpoint is the last id handed out, so a
 * restart goes on after the last committed chunk with the same cutoff.
 */
@Dependent
@Named("expiredDrafts")
public class ExpiredDrafts extends AbstractItemReader {

    static final int RANGE = 5_000;

    @Inject
    @BatchProperty
    private String cutoff;

    @Inject
    @BatchProperty
    private String practice;

    @Inject
    private DraftPurge purge;

    private String lastId = "";

    @Override
    public void open(Serializable checkpoint) {
        if (checkpoint != null) {
            lastId = checkpoint.toString();
        }
    }

    @Override
    public Object readItem() {
        Optional<DraftRange> next = purge.nextExpired(PracticeId.of(practice), Instant.parse(cutoff), lastId, RANGE);
        next.ifPresent(range -> lastId = range.last());
        return next.orElse(null);
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
