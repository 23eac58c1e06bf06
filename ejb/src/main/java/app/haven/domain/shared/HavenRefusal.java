package app.haven.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * Root of every refused operation. The message is a resource-bundle key, never content: screens
 * translate it, logs and audit rows may carry it safely. Thrown from an EJB, it rolls the
 * transaction back, so a refusal never leaves half-written data.
 */
@ApplicationException(rollback = true, inherited = true)
public class HavenRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String subjectId;

    public HavenRefusal(String messageKey) {
        this(messageKey, null);
    }

    /** A refusal about one object, known by its opaque id (never by its content). */
    public HavenRefusal(String messageKey, Object subjectId) {
        super(subjectId == null ? messageKey : messageKey + " [" + subjectId + "]");
        this.messageKey = messageKey;
        this.subjectId = subjectId == null ? null : subjectId.toString();
    }

    /** The key of the user-facing sentence in the {@code Messages} bundle. */
    public String messageKey() {
        return messageKey;
    }

    /** The id of the object the refusal is about, if any. */
    public java.util.Optional<String> subjectId() {
        return java.util.Optional.ofNullable(subjectId);
    }
}
