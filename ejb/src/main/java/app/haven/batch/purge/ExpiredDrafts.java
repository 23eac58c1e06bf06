package app.haven.batch.purge;

import app.haven.domain.draft.DraftId;
import app.haven.domain.practice.PracticeId;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the ids of one practice's expired drafts in id order, a page at a time. Its checkpoint is the last id
 * handed out, so a restart goes on after the last committed chunk with the same cutoff.
 */
@Dependent
@Named("expiredDrafts")
public class ExpiredDrafts extends AbstractItemReader {

    private static final int PAGE = 1_000;

    @Inject
    @BatchProperty
    private String cutoff;

    @Inject
    @BatchProperty
    private String practice;

    @Inject
    private DraftPurge purge;

    private final Deque<DraftId> page = new ArrayDeque<>();
    private String lastId = "";

    @Override
    public void open(Serializable checkpoint) {
        if (checkpoint != null) {
            lastId = checkpoint.toString();
        }
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(purge.expiredAfter(PracticeId.of(practice), Instant.parse(cutoff), lastId, PAGE));
        }
        DraftId next = page.poll();
        if (next != null) {
            lastId = next.toString();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
