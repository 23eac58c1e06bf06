package app.haven.domain.account;

/** A client's status in the practice; an inactive client may not write to providers (SPEC R15). */
public enum ClientStatus {
    ACTIVE,
    INACTIVE
}
