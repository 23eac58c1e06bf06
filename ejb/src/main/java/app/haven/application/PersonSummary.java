package app.haven.application;

import app.haven.domain.account.Account;
import app.haven.domain.account.ClientStatus;
import app.haven.domain.account.Role;
import java.io.Serializable;
import java.util.Set;

/** One person of the practice as the staff directory lists them (kept in the page's view between requests). */
public record PersonSummary(String accountId, String displayName, Set<Role> roles, ClientStatus clientStatus,
                            boolean portalAccount) implements Serializable {

    static PersonSummary of(Account account) {
        return new PersonSummary(account.id().toString(), account.displayName(), account.roles(),
                account.clientStatus().orElse(null), account.hasPortalAccount());
    }
}
