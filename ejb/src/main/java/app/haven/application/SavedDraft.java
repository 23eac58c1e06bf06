package app.haven.application;

import java.io.Serializable;
import java.time.Instant;

/** What a save answers: the draft's id, its new version (the next save starts from it) and when. */
public record SavedDraft(String id, long version, Instant savedAt) implements Serializable {
}
