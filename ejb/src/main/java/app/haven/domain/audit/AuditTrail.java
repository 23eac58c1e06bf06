package app.haven.domain.audit;

/** The append-only audit trail. There is deliberately no way to change or remove an event. */
public interface AuditTrail {

    /** Appends the event in the caller's transaction: the act and its record commit together. */
    void record(AuditEvent event);
}
