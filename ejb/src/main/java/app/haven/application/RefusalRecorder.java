package app.haven.application;

import app.haven.domain.account.Account;
import app.haven.domain.account.AccountId;
import app.haven.domain.account.Accounts;
import app.haven.domain.account.Roles;
import app.haven.domain.audit.AuditAction;
import app.haven.domain.audit.AuditEvent;
import app.haven.domain.audit.AuditTrail;
import app.haven.domain.shared.HavenRefusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.util.Optional;

/** Writes the audit row of a refused operation, in its own transaction (see {@link RefusalAudit}). */
@Stateless
@RolesAllowed({Roles.PROVIDER, Roles.FRONT_OFFICE, Roles.SCHEDULER, Roles.BILLER, Roles.EXTERNAL_AGENT,
    Roles.PRACTICE_ADMIN, Roles.CLIENT})
public class RefusalRecorder {

    @Inject
    private SecurityContext security;

    @Inject
    private Accounts accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String operation, HavenRefusal refusal) {
        Optional<Account> caller = Optional.ofNullable(security.getCallerPrincipal()).map(Principal::getName)
                .flatMap(AccountId::parse).flatMap(accounts::find);
        audit.record(AuditEvent.of(AuditAction.REFUSED, caller.map(Account::practiceId).orElse(null),
                        caller.map(Account::id).orElse(null), refusal.subjectId().orElse(null), clock.instant())
                .withDetail(operation + ":" + refusal.messageKey()));
    }
}
