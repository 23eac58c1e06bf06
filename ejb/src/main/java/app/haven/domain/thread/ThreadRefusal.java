package app.haven.domain.thread;

import app.haven.domain.shared.HavenRefusal;

/**
 * Refusals of the messaging rules. Each names the rule broken by a bundle key and the object by
 * its id; none carries a subject, a body or a name.
 */
public class ThreadRefusal extends HavenRefusal {

    private static final long serialVersionUID = 1L;

    ThreadRefusal(String messageKey, Object subjectId) {
        super(messageKey, subjectId);
    }

    /** The thread does not exist, or the caller does not take part in it: the same answer. */
    public static ThreadRefusal notAvailable(Object threadId) {
        return new ThreadRefusal("refusal.thread.notAvailable", threadId);
    }

    public static ThreadRefusal recipient(String messageKey, Object accountId) {
        return new ThreadRefusal(messageKey, accountId);
    }

    public static ThreadRefusal noRecipients() {
        return new ThreadRefusal("refusal.recipients.none", null);
    }

    public static ThreadRefusal reply(String messageKey, ThreadId thread) {
        return new ThreadRefusal(messageKey, thread);
    }

    public static ThreadRefusal deletion(String messageKey, Object id) {
        return new ThreadRefusal(messageKey, id);
    }
}
