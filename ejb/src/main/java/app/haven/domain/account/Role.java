package app.haven.domain.account;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person does in the practice. Staff hold one or more of the staff roles; a client holds
 * {@link #CLIENT} and nothing else. Role names are also the security groups and roles of the
 * application (see {@link Roles} for the constants used in annotations).
 */
public enum Role {
    PROVIDER,
    FRONT_OFFICE,
    SCHEDULER,
    BILLER,
    EXTERNAL_AGENT,
    PRACTICE_ADMIN,
    CLIENT;

    public static Set<Role> staffRoles() {
        return EnumSet.complementOf(EnumSet.of(CLIENT));
    }

    public boolean isStaff() {
        return this != CLIENT;
    }
}
