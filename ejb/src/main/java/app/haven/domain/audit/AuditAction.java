package app.haven.domain.audit;

/** What an audit event records. */
public enum AuditAction {
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    VIEW_THREAD,
    SEND,
    REPLY,
    BULK_ACTION,
    DELETE_MESSAGE,
    DELETE_THREAD,
    RESEND_NOTIFICATION,
    UPLOAD_ATTACHMENT,
    DISCARD_ATTACHMENT,
    DOWNLOAD_ATTACHMENT,
    DELETE_DRAFT,
    /** The purge of expired drafts; the detail holds the counts. */
    PURGE_DRAFTS,
    START_DRAFT_PURGE,
    VIEW_CHART,
    SHARE_TO_CHART,
    UNSHARE_FROM_CHART,
    WRITE_CHART_NOTE,
    /** Unreachable attachments removed by the sweep; the detail holds the count. */
    SWEEP_ATTACHMENTS,
    /** An operation the rules refused; the detail names the operation and the rule. */
    REFUSED
}
