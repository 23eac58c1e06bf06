package app.haven.application;

import app.haven.domain.account.Account;
import app.haven.domain.account.AccountId;
import app.haven.domain.account.Accounts;
import app.haven.domain.thread.MessageThread;
import app.haven.domain.thread.ThreadId;
import app.haven.domain.thread.ThreadRefusal;
import app.haven.domain.thread.Threads;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loads a thread for a person, authorised by participation (R10): a thread that does not exist
 * and one the person takes no part in get the same refusal, so an id reveals nothing. Since
 * participants all belong to the thread's practice, this also keeps practices apart.
 */
@Dependent
class ThreadAccess {

    @Inject
    private Threads threads;

    @Inject
    private Accounts accounts;

    MessageThread availableTo(Account reader, ThreadId id) {
        return threads.find(id)
                .filter(thread -> thread.takesPart(reader.id()))
                .orElseThrow(() -> ThreadRefusal.notAvailable(id));
    }

    /** The same, locked for a change (a reply, a deletion) until the transaction ends. */
    MessageThread availableForChange(Account writer, ThreadId id) {
        return threads.findForUpdate(id)
                .filter(thread -> thread.takesPart(writer.id()))
                .orElseThrow(() -> ThreadRefusal.notAvailable(id));
    }

    /** Everyone in the thread, as they are now, by id. */
    Map<AccountId, Account> participantsOf(MessageThread thread) {
        return accounts.findAll(thread.participantIds()).stream()
                .collect(Collectors.toMap(Account::id, Function.identity()));
    }

    static List<Account> othersThan(Account me, Map<AccountId, Account> participants) {
        return participants.values().stream().filter(a -> !a.id().equals(me.id())).toList();
    }
}
