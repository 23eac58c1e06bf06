package app.haven.application;

import app.haven.domain.account.Role;
import java.util.Set;

/** The signed-in person as the screens show them: name, practice and roles. */
public record Profile(String accountId, String displayName, String practiceName, Set<Role> roles, boolean client) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
