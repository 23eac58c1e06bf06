package app.haven.web.it;

import app.haven.batch.purge.DraftPurge;
import app.haven.batch.purge.PurgeTotals;
import app.haven.domain.draft.DraftSlice;
import app.haven.domain.practice.PracticeId;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The purge's database work, with what a test can arm: a fault (the chunk in which the total would
 * pass the given number of drafts fails and rolls back, once), or work that another transaction
 * does and commits while the run goes on (before the next chunk, once). Unarmed (the default) it is
 * the real purge.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class FailingOnceDraftPurge extends DraftPurge {

    private static final AtomicLong FAIL_PAST = new AtomicLong(-1);
    private static final AtomicLong PURGED = new AtomicLong();
    private static final AtomicReference<Runnable> MEANWHILE = new AtomicReference<>();

    @Resource
    private ManagedExecutorService elsewhere;

    /** Before the next chunk purges anything, the work runs in a transaction of its own and commits (once). */
    public static void meanwhileOnce(Runnable work) {
        MEANWHILE.set(work);
    }

    /** The next chunk that would purge more than {@code drafts} in all fails (once). */
    public static void failOncePast(long drafts) {
        PURGED.set(0);
        FAIL_PAST.set(drafts);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public PurgeTotals purge(PracticeId practice, DraftSlice slice, Instant cutoff) {
        Runnable work = MEANWHILE.getAndSet(null);
        if (work != null) {
            try {
                elsewhere.submit(work).get();
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException("the work meant to happen meanwhile failed", e);
            }
        }
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
