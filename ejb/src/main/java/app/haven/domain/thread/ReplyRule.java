package app.haven.domain.thread;

/**
 * Who may reply in a thread, decided by who takes part (SPEC R11): one to one, staff with exactly
 * one client, and staff only allow every participant to reply to all; two or more clients allow
 * nobody to reply, for the clients' privacy (they should start a new message instead).
 */
public enum ReplyRule {
    ONE_TO_ONE(true),
    STAFF_AND_ONE_CLIENT(true),
    STAFF_ONLY(true),
    SEVERAL_CLIENTS(false);

    private final boolean repliesAllowed;

    ReplyRule(boolean repliesAllowed) {
        this.repliesAllowed = repliesAllowed;
    }

    public static ReplyRule forParticipants(int staff, int clients) {
        if (clients >= 2) {
            return SEVERAL_CLIENTS;
        }
        if (staff + clients == 2) {
            return ONE_TO_ONE;
        }
        return clients == 1 ? STAFF_AND_ONE_CLIENT : STAFF_ONLY;
    }

    public boolean allowsReplies() {
        return repliesAllowed;
    }
}
