package app.haven.application;

import java.io.Serializable;
import app.haven.domain.account.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** One message as the thread screen shows it; the body is the sanitised HTML, then its files. */
public record MessageView(String id, String authorName, Set<Role> authorRoles, Instant sentAt, String bodyHtml,
                          List<AttachmentView> attachments, boolean mine, boolean mayDelete) implements Serializable {
}
