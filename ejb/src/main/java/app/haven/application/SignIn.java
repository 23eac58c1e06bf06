package app.haven.application;

import app.haven.domain.account.Account;
import app.haven.domain.account.Accounts;
import app.haven.domain.audit.AuditAction;
import app.haven.domain.audit.AuditEvent;
import app.haven.domain.audit.AuditTrail;
import app.haven.infrastructure.security.PasswordHashing;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * Checks a sign-in name and password for the identity store, and audits the attempt. An unknown
 * name, a wrong password, a disabled staff member and a client without a portal account all get
 * the same answer after the same work, so the answer reveals nothing. The audit row names the
 * account when the name matched one, never the name that was typed.
 */
@Stateless
@DenyAll
public class SignIn {

    @Inject
    private Accounts accounts;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Open to everyone: it is how an anonymous visitor becomes a caller. */
    @PermitAll
    public Optional<SignedIn> attempt(String login, char[] password) {
        Optional<Account> account = accounts.withLogin(login);
        boolean matches = passwords.matches(password, account.flatMap(Account::passwordHash));
        if (matches && account.get().maySignIn()) {
            Account who = account.get();
            audit.record(AuditEvent.of(AuditAction.SIGN_IN_SUCCEEDED, who.practiceId(), who.id(), null, clock.instant()));
            return Optional.of(new SignedIn(who.id().toString(), who.groups()));
        }
        audit.record(account
                .map(who -> AuditEvent.of(AuditAction.SIGN_IN_FAILED, who.practiceId(), who.id(), null, clock.instant()))
                .orElseGet(() -> AuditEvent.anonymous(AuditAction.SIGN_IN_FAILED, clock.instant())));
        return Optional.empty();
    }
}
