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

    public HavenRefusal(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** The key of the user-facing sentence in the {@code Messages} bundle. */
    public String messageKey() {
        return messageKey;
    }
}
