package app.haven.application;

import app.haven.domain.account.Account;
import app.haven.domain.account.AccountId;
import app.haven.domain.account.Accounts;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The signed-in account behind the current EJB call. The principal's name is the account id
 * (see {@code SignIn}); an account that no longer exists is treated as not signed in.
 *
 * <p>The principal is the container's (CDI's built-in bean), which reads the call's security
 * context directly; Jakarta Security's {@code SecurityContext} looks the EJB context up in JNDI
 * on every call, which a profile showed as 7% of a send (issue 9).
 */
@Dependent
class Caller {

    @Inject
    private Principal principal;

    @Inject
    private Accounts accounts;

    Account account() {
        return accounts.find(signedIn()).orElseThrow(NotSignedIn::new);
    }

    /**
     * The caller's account and those of the others that exist, read in one statement (a send reads
     * its author and the people it names together).
     */
    WithOthers accountWith(Collection<AccountId> others) {
        AccountId me = signedIn();
        Set<AccountId> ids = new LinkedHashSet<>(others);
        ids.add(me);
        Map<AccountId, Account> found = accounts.findAll(ids).stream()
                .collect(Collectors.toMap(Account::id, Function.identity(), (one, same) -> one));
        if (!found.containsKey(me)) {
            throw new NotSignedIn();
        }
        return new WithOthers(found.get(me), found);
    }

    /** The caller's account and the accounts found with it, by id (the caller's among them). */
    record WithOthers(Account account, Map<AccountId, Account> found) {
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

    /**
     * The account id the caller signed in with, not checked to exist: only for a read whose rows
     * prove it does (rows that reference an account cannot outlive it), which checks with
     * {@link #id} when it finds none.
     */
    AccountId claimedId() {
        return signedIn();
    }

    private AccountId signedIn() {
        // no one signed in: the container's anonymous principal, whose name is no account id
        return AccountId.parse(principal.getName()).orElseThrow(NotSignedIn::new);
    }
}
