package app.haven.application;

import app.haven.domain.account.Account;
import app.haven.domain.account.Accounts;
import app.haven.domain.account.Listing;
import app.haven.domain.account.Roles;
import app.haven.domain.practice.Practice;
import app.haven.domain.practice.Practices;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Who is who in the caller's practice. Every answer is scoped to the caller's own practice: the
 * practice is taken from the signed-in account, never from a parameter.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER, Roles.FRONT_OFFICE, Roles.SCHEDULER, Roles.BILLER, Roles.EXTERNAL_AGENT,
    Roles.PRACTICE_ADMIN, Roles.CLIENT})
public class Directory {

    @Inject
    private Caller caller;

    @Inject
    private Accounts accounts;

    @Inject
    private Practices practices;

    /** The signed-in person, for the top bar: a read, with no transaction of its own (as {@link Mailbox}'s). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Profile me() {
        Account me = caller.account();
        Practice practice = practices.find(me.practiceId()).orElseThrow(NotSignedIn::new);
        return new Profile(me.id().toString(), me.displayName(), practice.name(), me.roles(), me.isClient());
    }

    /**
     * A page of the people of the caller's practice whose name contains the text, staff first, then
     * by name: rows {@code first} on, at most {@code max} (at most {@value Listing#MOST_ROWS}); staff
     * only.
     */
    @RolesAllowed({Roles.PROVIDER, Roles.FRONT_OFFICE, Roles.SCHEDULER, Roles.BILLER, Roles.EXTERNAL_AGENT,
        Roles.PRACTICE_ADMIN})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PersonSummary> people(String text, int first, int max) {
        Account me = caller.account();
        return accounts.page(Listing.everyone(me.practiceId(), text), new Listing.Rows(first, max)).stream()
                .map(PersonSummary::of).toList();
    }

    /** How many people of the caller's practice have a name that contains the text; staff only. */
    @RolesAllowed({Roles.PROVIDER, Roles.FRONT_OFFICE, Roles.SCHEDULER, Roles.BILLER, Roles.EXTERNAL_AGENT,
        Roles.PRACTICE_ADMIN})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long peopleCount(String text) {
        Account me = caller.account();
        return accounts.count(Listing.everyone(me.practiceId(), text));
    }
}
