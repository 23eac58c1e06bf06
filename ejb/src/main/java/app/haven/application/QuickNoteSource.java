package app.haven.application;

import app.haven.domain.account.Role;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What a Quick Note starts from: the thread's one client and each message (date, sender, sanitised text). */
public record QuickNoteSource(String threadId, String clientId, String clientName, List<Entry> entries)
        implements Serializable {

    /** One message of the thread, oldest first. */
    public record Entry(Instant sentAt, Set<Role> authorRoles, String authorName, String bodyHtml) implements Serializable {
    }
}
