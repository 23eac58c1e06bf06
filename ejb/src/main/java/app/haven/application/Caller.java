package app.haven.application;

import app.haven.domain.account.Account;
import app.haven.domain.account.AccountId;
import app.haven.domain.account.Accounts;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * The signed-in account behind the current EJB call. The principal's name is the account id
 * (see {@code SignIn}); an account that no longer exists is treated as not signed in.
 */
@Dependent
class Caller {

    @Inject
    private SecurityContext security;

    @Inject
    private Accounts accounts;

    Account account() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new NotSignedIn();
        }
        return AccountId.parse(principal.getName())
                .flatMap(accounts::find)
                .orElseThrow(NotSignedIn::new);
    }
}
