package app.haven.domain.thread;

import app.haven.domain.account.Role;

/** Whole groups a staff member can address (R1); they expand to their members at send time. */
public enum RecipientGroup {
    ALL_FRONT_OFFICE(Role.FRONT_OFFICE),
    ALL_PROVIDERS(Role.PROVIDER),
    ALL_EXTERNAL_AGENTS(Role.EXTERNAL_AGENT);

    private final Role role;

    RecipientGroup(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }
}
