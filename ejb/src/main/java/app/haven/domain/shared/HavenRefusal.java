package app.haven.domain.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Optional;

/**
 * Root of every refused operation. The message is a resource-bundle key, never content: screens
 * translate it, logs and audit rows may carry it safely. Thrown from an EJB, it rolls the
 * transaction back, so a refusal never leaves half-written data. Arguments of the sentence (a
 * limit, say) are settings or counts, never something a person wrote.
 */
@ApplicationException(rollback = true, inherited = true)
public class HavenRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String subjectId;
    private final List<String> arguments;

    public HavenRefusal(String messageKey) {
        this(messageKey, null);
    }

    /** A refusal about one object, known by its opaque id (never by its content). */
    public HavenRefusal(String messageKey, Object subjectId, String... arguments) {
        super(subjectId == null ? messageKey : messageKey + " [" + subjectId + "]");
        this.messageKey = messageKey;
        this.subjectId = subjectId == null ? null : subjectId.toString();
        this.arguments = List.of(arguments);
    }

    /** The key of the user-facing sentence in the {@code Messages} bundle. */
    public String messageKey() {
        return messageKey;
    }

    /** The id of the object the refusal is about, if any. */
    public Optional<String> subjectId() {
        return Optional.ofNullable(subjectId);
    }

    /** The values the sentence names ({0}, {1}...): limits and counts only. */
    public List<String> arguments() {
        return arguments;
    }
}
