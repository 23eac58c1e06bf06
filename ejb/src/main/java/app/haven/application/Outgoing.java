package app.haven.application;

import app.haven.domain.thread.RecipientGroup;
import java.util.List;
import java.util.Set;

/**
 * A new message as the composer filled it in: recipients by id and by group, subject, rich text,
 * the ids of the files the composer uploaded for it, and the draft it was written in, if any, with
 * the version the composer's copy had (the draft is gone once the message is sent; a copy older
 * than the draft is refused, so a newer text saved from another tab is never lost silently).
 */
public record Outgoing(List<String> recipientIds, Set<RecipientGroup> groups, String subject, String bodyHtml,
                       List<String> attachmentIds, String draftId, long draftVersion) {

    public Outgoing {
        recipientIds = recipientIds == null ? List.of() : List.copyOf(recipientIds);
        groups = groups == null ? Set.of() : Set.copyOf(groups);
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }

    /** A message without files. */
    public Outgoing(List<String> recipientIds, Set<RecipientGroup> groups, String subject, String bodyHtml) {
        this(recipientIds, groups, subject, bodyHtml, List.of(), null, 0);
    }

    /** A message with files, not from a draft. */
    public Outgoing(List<String> recipientIds, Set<RecipientGroup> groups, String subject, String bodyHtml,
                    List<String> attachmentIds) {
        this(recipientIds, groups, subject, bodyHtml, attachmentIds, null, 0);
    }
}
