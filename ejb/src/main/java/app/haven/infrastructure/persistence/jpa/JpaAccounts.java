package app.haven.infrastructure.persistence.jpa;

import app.haven.domain.account.Account;
import app.haven.domain.account.AccountId;
import app.haven.domain.account.AccountKind;
import app.haven.domain.account.Accounts;
import app.haven.domain.account.Listing;
import app.haven.domain.account.Logins;
import app.haven.domain.account.Role;
import app.haven.domain.practice.PracticeId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaAccounts implements Accounts {

    /** Accounts with their roles and assigned providers, in one statement. */
    private static final String WITH_ROLES_AND_PROVIDERS = "select distinct a from Account a"
            + " left join fetch a.staffRoles left join fetch a.providerIds";

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    /**
     * One statement with the roles and assigned providers (the caller of the use cases that need
     * the whole account is looked up here; the mailbox reads only check {@link #exists}), instead
     * of three.
     */
    @Override
    public Optional<Account> find(AccountId id) {
        return em.createQuery(WITH_ROLES_AND_PROVIDERS + " where a.id = :id", Account.class)
                .setParameter("id", id.toString())
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean exists(AccountId id) {
        return !em.createQuery("select a.id from Account a where a.id = :id", String.class)
                .setParameter("id", id.toString())
                .getResultList()
                .isEmpty();
    }

    @Override
    public Optional<Account> withLogin(String login) {
        return em.createQuery("select a from Account a where a.login = :login", Account.class)
                .setParameter("login", Logins.canonical(login))
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Account> page(Listing listing, Listing.Rows rows) {
        if (listing.findsNobody() || rows.max() == 0) {
            return List.of();
        }
        return withCollectionsInBatches(listed(listing, "select a", " order by a.kind desc, a.displayName, a.id", Account.class))
                .setFirstResult(rows.first())
                .setMaxResults(rows.max())
                .getResultList();
    }

    @Override
    public long count(Listing listing) {
        if (listing.findsNobody()) {
            return 0;
        }
        return listed(listing, "select count(a)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> listed(Listing listing, String select, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from Account a");
        listing.assignedTo().ifPresent(provider -> jpql.append(" join a.providerIds provider"));
        jpql.append(" where a.practiceId = :practice");
        listing.kind().ifPresent(kind -> jpql.append(" and a.kind = :kind"));
        listing.assignedTo().ifPresent(provider -> jpql.append(" and provider = :provider"));
        if (!listing.nameContains().isEmpty()) {
            jpql.append(" and lower(a.displayName) like :pattern");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type)
                .setParameter("practice", listing.practice().toString());
        listing.kind().ifPresent(kind -> query.setParameter("kind", kind));
        listing.assignedTo().ifPresent(provider -> query.setParameter("provider", provider.toString()));
        if (!listing.nameContains().isEmpty()) {
            query.setParameter("pattern", containing(listing.nameContains()));
        }
        return query;
    }

    @Override
    public List<Account> named(PracticeId practice, String text, boolean staffOnly, int max) {
        String pattern = containing(text);
        // a practice's staff are a few hundred at most, its clients tens of thousands
        List<Account> found = new ArrayList<>(named(practice, pattern, " and a.kind = :kind and a.enabled = true",
                AccountKind.STAFF).getResultStream().limit(max).toList());
        if (!staffOnly && found.size() < max) {
            found.addAll(named(practice, pattern, " and a.kind = :kind", AccountKind.CLIENT)
                    .setMaxResults(max - found.size()).getResultList());
        }
        return found;
    }

    private TypedQuery<Account> named(PracticeId practice, String pattern, String condition, AccountKind kind) {
        return withCollectionsInBatches(em.createQuery("select a from Account a where a.practiceId = :practice"
                        + " and lower(a.displayName) like :pattern" + condition
                        + " order by a.displayName, a.id", Account.class))
                .setParameter("practice", practice.toString())
                .setParameter("pattern", pattern)
                .setParameter("kind", kind);
    }

    /**
     * A LIKE pattern for names that contain the text in any case. The text is folded here, as the
     * database folds the names (accented letters alike): {@code lower()} over a parameter would make
     * EclipseLink print the values into the statement instead of binding them.
     */
    private static String containing(String text) {
        return "%" + literally(text.toLowerCase(Locale.ROOT)) + "%";
    }

    /**
     * The text with LIKE's wildcards and its escape character escaped, to be matched as typed. The
     * backslash is the default escape character of PostgreSQL and H2 alike; an {@code escape}
     * clause would make EclipseLink print the statement's values into it instead of binding them.
     */
    private static String literally(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public List<Account> findAll(Collection<AccountId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(WITH_ROLES_AND_PROVIDERS + " where a.id in :ids", Account.class)
                .setParameter("ids", ids.stream().map(AccountId::toString).distinct().toList())
                .getResultList();
    }

    @Override
    public Map<AccountId, String> displayNames(Collection<AccountId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a.id, a.displayName from Account a where a.id in :ids", Object[].class)
                .setParameter("ids", ids.stream().map(AccountId::toString).distinct().toList())
                .getResultStream()
                .collect(Collectors.toMap(row -> AccountId.of((String) row[0]), row -> (String) row[1]));
    }

    @Override
    public List<Account> enabledStaffWithRole(PracticeId practice, Role role) {
        return withCollectionsInBatches(em.createQuery("select a from Account a join a.staffRoles r"
                        + " where a.practiceId = :practice and r = :role and a.enabled = true", Account.class))
                .setParameter("practice", practice.toString())
                .setParameter("role", role)
                .getResultList();
    }

    @Override
    public void add(Account account) {
        em.persist(account);
    }

    /**
     * Roles and assigned providers of a list of accounts in one statement each (EclipseLink batch
     * reading), instead of two per account.
     */
    private static TypedQuery<Account> withCollectionsInBatches(TypedQuery<Account> query) {
        return query.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "a.staffRoles")
                .setHint("eclipselink.batch", "a.providerIds");
    }
}
