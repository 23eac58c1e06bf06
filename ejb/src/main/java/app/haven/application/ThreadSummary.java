package app.haven.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One row of a mailbox folder. */
public record ThreadSummary(String id, String subject, List<String> participantNames, Instant lastActivityAt,
                            boolean unread) implements Serializable {
}
