package app.haven.domain.draft;

/**
 * A slice of the draft table in the database's storage order, for the purge: the rows stored at
 * positions {@code from} (included) to {@code to} (excluded). Positions are the database's own (a
 * page on PostgreSQL, a row number on H2). A walk through the table slice by slice reads each page
 * once; a walk in id order reads every page again for every run of ids, because ids are random.
 */
public record DraftSlice(long from, long to) {

    public DraftSlice {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("a slice starts at 0 or later and ends after its start");
        }
    }
}
