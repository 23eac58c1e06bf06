package app.haven.web.it;

import app.haven.batch.purge.DraftPurge;
import app.haven.batch.purge.PurgeTotals;
import app.haven.domain.draft.DraftSlice;
import app.haven.domain.practice.PracticeId;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The purge's database work, with a fault a test can arm: the chunk in which the total would
 * pass the given number of drafts fails (and rolls back), once. Unarmed (the default) it is the real purge.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class FailingOnceDraftPurge extends DraftPurge {

    private static final AtomicLong FAIL_PAST = new AtomicLong(-1);
    private static final AtomicLong PURGED = new AtomicLong();

    /** The next chunk that would purge more than {@code drafts} in all fails (once). */
    public static void failOncePast(long drafts) {
        PURGED.set(0);
        FAIL_PAST.set(drafts);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public PurgeTotals purge(PracticeId practice, DraftSlice slice, Instant cutoff) {
        PurgeTotals totals = super.purge(practice, slice, cutoff);
        long limit = FAIL_PAST.get();
        if (limit >= 0 && PURGED.get() + totals.drafts() > limit) {
            FAIL_PAST.set(-1);
            throw new IllegalStateException("the purge's writer fails once, as the test asked");
        }
        PURGED.addAndGet(totals.drafts());
        return totals;
    }
}
