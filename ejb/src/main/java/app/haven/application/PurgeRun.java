package app.haven.application;

import java.io.Serializable;
import java.time.Instant;

/** One run of the draft purge as the admin page lists it: when, how it ended, what it removed. */
public record PurgeRun(long executionId, Instant started, Instant ended, String status, long drafts, long bytes,
                       boolean restartable) implements Serializable {
}
