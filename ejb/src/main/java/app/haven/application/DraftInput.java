package app.haven.application;

import java.util.List;

/**
 * A draft as the composer holds it: its id and the version it was loaded or last saved as (both
 * null and 0 for a new one), recipients as the composer chose them, subject, rich text, files.
 */
public record DraftInput(String id, long version, List<String> recipients, String subject, String bodyHtml,
                         List<String> attachmentIds) {

    public DraftInput {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }
}
