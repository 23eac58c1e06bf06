package app.haven.domain.draft;

import app.haven.domain.account.AccountId;
import app.haven.domain.practice.PracticeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Repository of drafts. */
public interface Drafts {

    Optional<Draft> find(DraftId id);

    /** The author's drafts, last saved first. */
    List<Draft> of(AccountId author);

    /** How many drafts the author has, counted up to {@code atMost}: the work stays bounded however many there are. */
    long countOf(AccountId author, int atMost);

    /**
     * The slice of the draft table from position {@code from}, at most {@code width} positions wide,
     * in the database's storage order (the purge's items); empty when {@code from} is past the end of
     * the table. A run walks the table from position 0 until it is empty.
     */
    Optional<DraftSlice> sliceFrom(long from, long width);

    /**
     * The practice's drafts in the slice that are still expired and have files kept with them,
     * locked until the transaction ends (a save meanwhile waits, then finds them gone).
     */
    List<DraftId> lockExpiredWithFiles(PracticeId practice, DraftSlice slice, Instant cutoff);

    /**
     * Deletes the practice's drafts in the slice that are still expired, in one statement (the
     * database locks and checks each row: one saved again meanwhile is kept). Answers how many went.
     */
    int removeExpired(PracticeId practice, DraftSlice slice, Instant cutoff);

    /** Adds a new draft or writes a changed one now, so its new version is known (and a stale one is refused). */
    void store(Draft draft);

    void remove(Draft draft);
}
