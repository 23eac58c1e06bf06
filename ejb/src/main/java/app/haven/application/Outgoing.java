package app.haven.application;

import app.haven.domain.thread.RecipientGroup;
import java.util.List;
import java.util.Set;

/** A new message as the composer filled it in: recipients by id and by group, subject, rich text. */
public record Outgoing(List<String> recipientIds, Set<RecipientGroup> groups, String subject, String bodyHtml) {

    public Outgoing {
        recipientIds = recipientIds == null ? List.of() : List.copyOf(recipientIds);
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }
}
