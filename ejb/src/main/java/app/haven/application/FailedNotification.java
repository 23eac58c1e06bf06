package app.haven.application;

import java.io.Serializable;
import java.time.Instant;

/** A notification that could not be delivered, as the practice admin sees it. */
public record FailedNotification(String id, String recipientName, Instant createdAt, int attempts, String lastError)
        implements Serializable {
}
