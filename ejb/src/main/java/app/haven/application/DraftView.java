package app.haven.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A draft reopened by its author, to go on writing. */
public record DraftView(String id, long version, List<String> recipients, String subject, String bodyHtml,
                        List<AttachmentView> attachments, Instant savedAt) implements Serializable {
}
