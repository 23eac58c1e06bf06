package app.haven.domain.account;

import app.haven.domain.practice.PracticeId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Repository of accounts. */
public interface Accounts {

    Optional<Account> find(AccountId id);

    /** Whether the account exists, without loading it. */
    boolean exists(AccountId id);

    /** The account signing in with this name, whatever its case and surrounding spaces. */
    Optional<Account> withLogin(String login);

    /**
     * A page of the listing: staff first, then by name, then by id (the same order on every page),
     * in one statement (with one each for the page's roles and assigned providers).
     */
    List<Account> page(Listing listing, Listing.Rows rows);

    /** How many accounts the listing holds, in one statement. */
    long count(Listing listing);

    /**
     * Up to {@code max} of the practice's clients and enabled staff (only its enabled staff if
     * {@code staffOnly}) whose name contains the text in any case, staff first, then by name, in one
     * statement for the staff and one for the clients if room is left: the candidates of an
     * address-book search, which the addressing rules then decide on.
     */
    List<Account> named(PracticeId practice, String text, boolean staffOnly, int max);

    /** The accounts with these ids (those that exist), in one query. */
    List<Account> findAll(Collection<AccountId> ids);

    /** The display names of these accounts, in one query (no entities, so nothing else is loaded). */
    Map<AccountId, String> displayNames(Collection<AccountId> ids);

    /** The enabled staff of the practice who hold the role: how a group is expanded at send time. */
    List<Account> enabledStaffWithRole(PracticeId practice, Role role);

    void add(Account account);
}
