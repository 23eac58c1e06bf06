package app.haven.domain.audit;

import app.haven.domain.account.AccountId;
import java.util.List;

/** The append-only audit trail. There is deliberately no way to change or remove an event. */
public interface AuditTrail {

    /** Appends the event in the caller's transaction: the act and its record commit together. */
    void record(AuditEvent event);

    /** The newest events in which this account acted, newest first. */
    List<AuditEvent> latestBy(AccountId actor, int limit);
}
