package app.haven.domain.account;

/** Whether an account is a staff member's or a client's. */
public enum AccountKind {
    STAFF,
    CLIENT
}
