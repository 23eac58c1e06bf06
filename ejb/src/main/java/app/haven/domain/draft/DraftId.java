package app.haven.domain.draft;

import app.haven.domain.shared.Ids;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Opaque id of a draft. */
public record DraftId(UUID value) {

    public DraftId {
        Objects.requireNonNull(value, "value");
    }

    public static DraftId random() {
        return new DraftId(Ids.random());
    }

    public static DraftId of(String text) {
        return new DraftId(UUID.fromString(text));
    }

    /** An id received from outside; empty when the text is not an id at all. */
    public static Optional<DraftId> parse(String text) {
        return Optional.ofNullable(Ids.parseOrNull(text)).map(DraftId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
