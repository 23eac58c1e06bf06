package app.haven.application;

import app.haven.domain.account.Account;
import app.haven.domain.account.AccountId;
import app.haven.domain.account.Roles;
import app.haven.domain.audit.AuditAction;
import app.haven.domain.audit.AuditEvent;
import app.haven.domain.audit.AuditTrail;
import app.haven.domain.thread.BulkAction;
import app.haven.domain.thread.Folder;
import app.haven.domain.thread.MailboxCursor;
import app.haven.domain.thread.MailboxEntry;
import app.haven.domain.thread.MailboxFolder;
import app.haven.domain.thread.ParticipantName;
import app.haven.domain.thread.Participation;
import app.haven.domain.thread.ThreadId;
import app.haven.domain.thread.ThreadRefusal;
import app.haven.domain.thread.Threads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The caller's mailbox (R7, R8): a folder page by page, the unread badge, and bulk actions on
 * several threads. A page costs two statements whatever its size: the page's rows (what a page
 * shows of the reader's participations and their threads) and the participants of those threads
 * with their names. The rows reference the caller's account, so they prove it still exists; an
 * empty page checks the account instead of reading names, to tell an empty folder from an account
 * that is gone.
 *
 * <p>The reads run without a transaction of their own (each statement reads committed data, as it
 * would in one at READ COMMITTED), which spares every page its commit and transaction bookkeeping;
 * called inside a transaction, they join it.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER, Roles.FRONT_OFFICE, Roles.SCHEDULER, Roles.BILLER, Roles.EXTERNAL_AGENT,
    Roles.PRACTICE_ADMIN, Roles.CLIENT})
@Interceptors(RefusalAudit.class)
public class Mailbox {

    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    private Caller caller;

    @Inject
    private Threads threads;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** One page of a folder, after the given cursor token (none or a foreign token: the first page). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public MailboxPage folder(MailboxFolder folder, String cursorToken, int pageSize) {
        AccountId me = caller.claimedId();
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
        List<MailboxEntry> rows = threads.page(me, folder, MailboxCursor.parse(cursorToken), size + 1);
        if (rows.isEmpty()) {
            // rows would have proved the account exists (they reference it); an empty page proves nothing
            caller.id();
        }
        List<MailboxEntry> page = rows.subList(0, Math.min(size, rows.size()));
        Optional<String> next = rows.size() > size
                ? Optional.of(new MailboxCursor(page.get(size - 1).lastActivityAt(), page.get(size - 1).thread()).token())
                : Optional.empty();
        return new MailboxPage(summaries(me, page), next);
    }

    /** The number of unread threads in the caller's inbox (R7). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long unreadCount() {
        return threads.unreadCount(caller.id());
    }

    /** Unread threads in Inbox, Archive and Trash, for the folder menu (Sent holds no unread). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<MailboxFolder, Long> unreadByFolder() {
        Map<Folder, Long> counts = threads.unreadByFolder(caller.id());
        Map<MailboxFolder, Long> byFolder = new EnumMap<>(MailboxFolder.class);
        byFolder.put(MailboxFolder.INBOX, counts.getOrDefault(Folder.INBOX, 0L));
        byFolder.put(MailboxFolder.ARCHIVE, counts.getOrDefault(Folder.ARCHIVE, 0L));
        byFolder.put(MailboxFolder.TRASH, counts.getOrDefault(Folder.TRASH, 0L));
        return byFolder;
    }

    /**
     * Applies one action to several of the caller's threads at once. All or nothing: if any id is
     * not a thread of the caller, nothing changes.
     */
    public int apply(BulkAction action, Collection<ThreadId> threadIds) {
        Account me = caller.account();
        Set<ThreadId> wanted = new LinkedHashSet<>(threadIds);
        List<Participation> mine = threads.participationsOf(me.id(), wanted);
        Set<ThreadId> found = mine.stream().map(p -> p.thread().id()).collect(Collectors.toSet());
        wanted.stream().filter(id -> !found.contains(id)).findFirst().ifPresent(missing -> {
            throw ThreadRefusal.notAvailable(missing);
        });
        Instant now = clock.instant();
        for (Participation participation : mine) {
            action.apply(participation, now);
            audit.record(AuditEvent.of(AuditAction.BULK_ACTION, me.practiceId(), me.id(), participation.thread().id(), now)
                    .withDetail(action.name()));
        }
        return mine.size();
    }

    private List<ThreadSummary> summaries(AccountId me, List<MailboxEntry> page) {
        Map<ThreadId, List<ParticipantName>> people = threads.participantNamesOf(page.stream().map(MailboxEntry::thread).toList());
        return page.stream().map(row -> new ThreadSummary(row.thread().toString(), row.subject(),
                        people.getOrDefault(row.thread(), List.of()).stream()
                                .filter(person -> !person.account().equals(me)).map(ParticipantName::name).toList(),
                        row.lastActivityAt(), row.unread()))
                .toList();
    }
}
