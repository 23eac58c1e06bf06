package app.haven.domain.thread;

import app.haven.domain.shared.Ids;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Opaque id of one message of a thread. */
public record MessageId(UUID value) {

    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    public static MessageId random() {
        return new MessageId(Ids.random());
    }

    public static MessageId of(String text) {
        return new MessageId(UUID.fromString(text));
    }

    /** An id received from outside; empty when the text is not an id at all. */
    public static Optional<MessageId> parse(String text) {
        return Optional.ofNullable(Ids.parseOrNull(text)).map(MessageId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
