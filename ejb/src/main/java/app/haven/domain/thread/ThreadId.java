package app.haven.domain.thread;

import app.haven.domain.shared.Ids;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Opaque id of a thread; safe in URLs, and guessing one reveals nothing. */
public record ThreadId(UUID value) {

    public ThreadId {
        Objects.requireNonNull(value, "value");
    }

    public static ThreadId random() {
        return new ThreadId(Ids.random());
    }

    public static ThreadId of(String text) {
        return new ThreadId(UUID.fromString(text));
    }

    /** An id received from outside; empty when the text is not an id at all. */
    public static Optional<ThreadId> parse(String text) {
        return Optional.ofNullable(Ids.parseOrNull(text)).map(ThreadId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
