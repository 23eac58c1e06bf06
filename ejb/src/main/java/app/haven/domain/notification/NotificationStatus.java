package app.haven.domain.notification;

/** Where a notification stands. */
public enum NotificationStatus {
    /** Waiting for its (next) delivery attempt. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Refused for good (e.g. 550) after the allowed attempts; an admin can send it again. */
    FAILED
}
