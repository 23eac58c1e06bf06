package app.haven.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A draft in the Drafts folder: subject (null when there is none yet), whom it is for (people by
 * name, groups as {@code group:NAME} for the screen to translate) and when it was last saved.
 */
public record DraftSummary(String id, String subject, List<String> recipients, Instant savedAt) implements Serializable {
}
