package app.haven.domain.attachment;

import app.haven.domain.shared.Ids;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Opaque id of one attachment; also the name of its encrypted bytes in storage. */
public record AttachmentId(UUID value) {

    public AttachmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AttachmentId random() {
        return new AttachmentId(Ids.random());
    }

    public static AttachmentId of(String text) {
        return new AttachmentId(UUID.fromString(text));
    }

    /** An id received from outside; empty when the text is not an id at all. */
    public static Optional<AttachmentId> parse(String text) {
        return Optional.ofNullable(Ids.parseOrNull(text)).map(AttachmentId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
