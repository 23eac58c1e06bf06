package app.haven.domain.audit;

/** What an audit event records. */
public enum AuditAction {
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED
}
