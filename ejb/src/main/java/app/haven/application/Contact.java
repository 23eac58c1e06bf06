package app.haven.application;

import java.io.Serializable;
import app.haven.domain.account.Account;
import app.haven.domain.account.Role;
import java.util.Set;

/** Someone the composer may address. */
public record Contact(String accountId, String displayName, Set<Role> roles, boolean client) implements Serializable {

    static Contact of(Account account) {
        return new Contact(account.id().toString(), account.displayName(), account.roles(), account.isClient());
    }
}
