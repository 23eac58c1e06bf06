package app.haven.domain.thread;

import app.haven.domain.account.AccountId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Repository of threads and of each person's mailbox over them. */
public interface Threads {

    Optional<MessageThread> find(ThreadId id);

    /**
     * The thread, locked until the end of the transaction: replies and deletions in the same
     * thread then happen one after the other, so message positions never collide.
     */
    Optional<MessageThread> findForUpdate(ThreadId id);

    void add(MessageThread thread);

    /** Removes the thread with its messages and participations, for good. */
    void remove(MessageThread thread);

    /**
     * One page of a person's folder, newest activity first, starting after the cursor (keyset
     * pagination: as fast on page 500 as on page 1). Fetches {@code size} rows.
     */
    List<MailboxEntry> page(AccountId account, MailboxFolder folder, Optional<MailboxCursor> after, int size);

    /** The participants of each thread with their names, for a page of threads in one query. */
    Map<ThreadId, List<ParticipantName>> participantNamesOf(Collection<ThreadId> threads);

    /** The person's participations in these threads (those they take part in; others are absent). */
    List<Participation> participationsOf(AccountId account, Collection<ThreadId> threads);

    /** How many threads in the person's inbox are unread (R7), from participation state. */
    long unreadCount(AccountId account);

    /** Unread threads per folder where the person has any, for the folder menu, in one query. */
    Map<Folder, Long> unreadByFolder(AccountId account);
}
