package app.haven.domain.notification;

import app.haven.domain.practice.PracticeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox. */
public interface Notifications {

    void add(Notification notification);

    Optional<Notification> find(String id);

    /** Ids of notifications due now, oldest first, at most {@code limit}. */
    List<String> dueIds(Instant now, int limit);

    /**
     * Claims one due notification for this dispatcher until {@code until}; false when another
     * dispatcher got it first (a conditional update: only one of them changes the row).
     */
    boolean claim(String id, Instant now, Instant until);

    List<Notification> failedIn(PracticeId practice);

    long countWithStatus(NotificationStatus status);

    long countWithStatus(PracticeId practice, NotificationStatus status);
}
