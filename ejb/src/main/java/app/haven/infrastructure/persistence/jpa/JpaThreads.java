package app.haven.infrastructure.persistence.jpa;

import app.haven.domain.account.AccountId;
import app.haven.domain.thread.Folder;
import app.haven.domain.thread.MailboxCursor;
import app.haven.domain.thread.MailboxEntry;
import app.haven.domain.thread.MailboxFolder;
import app.haven.domain.thread.MessageThread;
import app.haven.domain.thread.ParticipantName;
import app.haven.domain.thread.Participation;
import app.haven.domain.thread.ThreadId;
import app.haven.domain.thread.Threads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Threads in JPA. A mailbox page is one SQL query over the reader's participations joined to their
 * threads, reading only the columns a page shows, keyset-paged on (last activity, thread id) and
 * served by the participation_mailbox index, whose scan starts at the cursor; the badge is one
 * count over the participation_unread index.
 */
@ApplicationScoped
public class JpaThreads implements Threads {

    /*
     * The page in SQL: EclipseLink builds the SQL of a JPQL query with a row limit again on every
     * call (a profile showed a third of the page's time in it), so the page is a native query.
     * Plain SQL that H2 and PostgreSQL read alike.
     */
    private static final String PAGE = "select t.id, t.subject, p.last_activity_at, p.unread from participation p"
            + " join message_thread t on t.id = p.thread_id where p.account_id = ? and %s%s"
            + " order by p.last_activity_at desc, t.id desc limit ?";
    // the first condition bounds the index scan (it starts at the cursor); the second breaks ties
    private static final String AFTER = " and p.last_activity_at <= ? and (p.last_activity_at < ? or t.id < ?)";
    private static final String PARTICIPANT_NAMES = "select p.thread_id, p.account_id, a.display_name from participation p"
            + " join account a on a.id = p.account_id where p.thread_id in (%s) order by p.thread_id, a.display_name, a.id";

    @PersistenceContext(unitName = "haven")
    private EntityManager em;

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
        Query query = em.createNativeQuery(String.format(PAGE, criterion(folder), after.isPresent() ? AFTER : ""));
        int position = 1;
        query.setParameter(position++, account.toString());
        query.setParameter(position++, placement(folder).name());
        if (after.isPresent()) {
            OffsetDateTime at = after.get().lastActivityAt().atOffset(ZoneOffset.UTC);
            query.setParameter(position++, at);
            query.setParameter(position++, at);
            query.setParameter(position++, after.get().threadId().toString());
        }
        query.setParameter(position, size);
        List<?> rows = query.getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new MailboxEntry(ThreadId.of((String) row[0]), (String) row[1],
                instant(row[2]), Boolean.TRUE.equals(row[3]))).toList();
    }

    /** A timestamp as the driver hands it over (H2: OffsetDateTime; PostgreSQL: Timestamp). */
    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass().getName());
    }

    @Override
    public Map<ThreadId, List<ParticipantName>> participantNamesOf(Collection<ThreadId> threads) {
        if (threads.isEmpty()) {
            return Map.of();
        }
        // SQL, not JPQL: a JPQL query with a list parameter is translated again on every call, which
        // cost a mailbox page about a fifth of its time (issue 9)
        List<ThreadId> ids = List.copyOf(threads);
        Query query = em.createNativeQuery(String.format(PARTICIPANT_NAMES, String.join(",", Collections.nCopies(ids.size(), "?"))));
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i).toString());
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(Object[].class::cast).collect(Collectors.groupingBy(row -> ThreadId.of((String) row[0]), LinkedHashMap::new,
                Collectors.mapping(row -> new ParticipantName(AccountId.of((String) row[1]), (String) row[2]), Collectors.toList())));
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
            case INBOX -> "p.folder = ? and p.received = true";
            case SENT -> "p.sent = true and p.folder <> ?";
            case ARCHIVE, TRASH -> "p.folder = ?";
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
