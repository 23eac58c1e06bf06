package app.haven.domain.practice;

import app.haven.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Opaque id of a practice. */
public record PracticeId(UUID value) {

    public PracticeId {
        Objects.requireNonNull(value, "value");
    }

    public static PracticeId random() {
        return new PracticeId(Ids.random());
    }

    public static PracticeId of(String text) {
        return new PracticeId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
