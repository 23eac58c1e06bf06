package app.haven.infrastructure.persistence.jpa;

import app.haven.domain.account.AccountId;
import app.haven.domain.thread.Folder;
import app.haven.domain.thread.MailboxCursor;
import app.haven.domain.thread.MailboxEntry;
import app.haven.domain.thread.MailboxFolder;
import app.haven.domain.thread.MessageThread;
import app.haven.domain.thread.Participation;
import app.haven.domain.thread.ThreadId;
import app.haven.domain.thread.Threads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Threads in JPA. A mailbox page is one query over the reader's participations joined to their
 * threads, reading only the columns a page shows, keyset-paged on (last activity, thread id) and
 * served by the participation_mailbox index, whose scan starts at the cursor; the badge is one
 * count over the participation_unread index. Each shape of the page query (folder, cursor or not,
 * size) is a named query, so EclipseLink builds its SQL once rather than on every page.
 */
@ApplicationScoped
public class JpaThreads implements Threads {

    private static final String PAGE = "select new app.haven.domain.thread.MailboxEntry(t.id, t.subject, p.lastActivityAt,"
            + " p.unread) from Participation p join p.thread t"
            + " where p.accountId = :me and %s%s order by p.lastActivityAt desc, t.id desc";
    // the first condition bounds the index scan (it starts at the cursor); the second breaks ties
    private static final String AFTER = " and p.lastActivityAt <= :at and (p.lastActivityAt < :at or t.id < :thread)";

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

    /** The page queries' shapes registered as named queries so far. */
    private final Set<String> pageQueries = ConcurrentHashMap.newKeySet();

    @Override
    public Optional<MessageThread> find(ThreadId id) {
        return Optional.ofNullable(em.find(MessageThread.class, id.toString()));
    }

    @Override
    public Optional<MessageThread> findForUpdate(ThreadId id) {
        return Optional.ofNullable(em.find(MessageThread.class, id.toString(), LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(MessageThread thread) {
        em.persist(thread);
    }

    @Override
    public void remove(MessageThread thread) {
        em.remove(thread);
    }

    @Override
    public List<MailboxEntry> page(AccountId account, MailboxFolder folder, Optional<MailboxCursor> after, int size) {
        String criterion = criterion(folder);
        String jpql = String.format(PAGE, criterion, after.isPresent() ? AFTER : "");
        String name = "Threads.page:" + size + ":" + jpql;
        if (pageQueries.add(name)) {
            em.getEntityManagerFactory().addNamedQuery(name, em.createQuery(jpql, MailboxEntry.class).setMaxResults(size));
        }
        TypedQuery<MailboxEntry> query = em.createNamedQuery(name, MailboxEntry.class)
                .setParameter("me", account.toString());
        query.setParameter(folder == MailboxFolder.SENT ? "trash" : "folder", placement(folder));
        after.ifPresent(cursor -> query
                .setParameter("at", cursor.lastActivityAt().atOffset(ZoneOffset.UTC))
                .setParameter("thread", cursor.threadId().toString()));
        return query.getResultList();
    }

    @Override
    public Map<ThreadId, List<AccountId>> participantsOf(Collection<ThreadId> threads) {
        if (threads.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("select p.thread.id, p.accountId from Participation p"
                        + " where p.thread.id in :threads", Object[].class)
                .setParameter("threads", threads.stream().map(ThreadId::toString).toList())
                .getResultList();
        return rows.stream().collect(Collectors.groupingBy(row -> ThreadId.of((String) row[0]), LinkedHashMap::new,
                Collectors.mapping(row -> AccountId.of((String) row[1]), Collectors.toList())));
    }

    @Override
    public List<Participation> participationsOf(AccountId account, Collection<ThreadId> threads) {
        if (threads.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Participation p join fetch p.thread t where p.accountId = :me"
                        + " and t.id in :threads", Participation.class)
                .setParameter("me", account.toString())
                .setParameter("threads", threads.stream().map(ThreadId::toString).distinct().toList())
                .getResultList();
    }

    @Override
    public long unreadCount(AccountId account) {
        return em.createQuery("select count(p) from Participation p where p.accountId = :me"
                        + " and p.unread = true and p.folder = :inbox", Long.class)
                .setParameter("me", account.toString())
                .setParameter("inbox", Folder.INBOX)
                .getSingleResult();
    }

    @Override
    public Map<Folder, Long> unreadByFolder(AccountId account) {
        return em.createQuery("select p.folder, count(p) from Participation p where p.accountId = :me"
                        + " and p.unread = true group by p.folder", Object[].class)
                .setParameter("me", account.toString())
                .getResultStream()
                .collect(Collectors.toMap(row -> (Folder) row[0], row -> ((Number) row[1]).longValue()));
    }

    private static String criterion(MailboxFolder folder) {
        return switch (folder) {
            case INBOX -> "p.folder = :folder and p.received = true";
            case SENT -> "p.sent = true and p.folder <> :trash";
            case ARCHIVE, TRASH -> "p.folder = :folder";
        };
    }

    private static Folder placement(MailboxFolder folder) {
        return switch (folder) {
            case INBOX -> Folder.INBOX;
            case SENT, TRASH -> Folder.TRASH;
            case ARCHIVE -> Folder.ARCHIVE;
        };
    }
}
