package app.haven.domain.draft;

/**
 * A run of one practice's expired drafts in the database's id order, for the purge: those with an
 * id after {@code after} (the empty string: from the first) up to and including {@code last}.
 */
public record DraftRange(String after, String last) {

    public DraftRange {
        if (after == null || last == null || last.isEmpty()) {
            throw new IllegalArgumentException("a range has a start and an end");
        }
    }
}
