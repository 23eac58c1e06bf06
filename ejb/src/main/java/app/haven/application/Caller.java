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
        return accounts.find(signedIn()).orElseThrow(NotSignedIn::new);
    }

    /**
     * The caller's account id, for the reads that need nothing else of the account (the mailbox,
     * the badge): checked to exist in one narrow statement instead of loading the account with its
     * roles and providers.
     */
    AccountId id() {
        AccountId id = signedIn();
        if (!accounts.exists(id)) {
            throw new NotSignedIn();
        }
        return id;
    }

    private AccountId signedIn() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new NotSignedIn();
        }
        return AccountId.parse(principal.getName()).orElseThrow(NotSignedIn::new);
    }
}
