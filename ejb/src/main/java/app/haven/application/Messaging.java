package app.haven.application;

import app.haven.domain.account.Account;
import app.haven.domain.account.AccountId;
import app.haven.domain.account.Accounts;
import app.haven.domain.account.ClientStatus;
import app.haven.domain.account.Listing;
import app.haven.domain.account.Roles;
import app.haven.domain.audit.AuditAction;
import app.haven.domain.audit.AuditEvent;
import app.haven.domain.audit.AuditTrail;
import app.haven.domain.draft.Draft;
import app.haven.domain.draft.DraftId;
import app.haven.domain.draft.Drafts;
import app.haven.domain.message.MessageBody;
import app.haven.domain.message.Subject;
import app.haven.domain.thread.Addressing;
import app.haven.domain.thread.Message;
import app.haven.domain.thread.MessageId;
import app.haven.domain.thread.MessageThread;
import app.haven.domain.thread.RecipientGroup;
import app.haven.domain.thread.ThreadId;
import app.haven.domain.thread.ThreadRefusal;
import app.haven.domain.thread.Threads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writing: a new message to people and groups (R1, R2, R3, R4, R15) and a reply to everyone in a
 * thread (R11, R15). The rules are the domain's; this service loads, asks, stores, audits and
 * puts the recipients' notifications in the outbox (R9), all in one transaction.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER, Roles.FRONT_OFFICE, Roles.SCHEDULER, Roles.BILLER, Roles.EXTERNAL_AGENT,
    Roles.PRACTICE_ADMIN, Roles.CLIENT})
@Interceptors(RefusalAudit.class)
public class Messaging {

    /** The most suggestions one search returns. */
    public static final int MOST_SUGGESTIONS = 50;

    @Inject
    private Caller caller;

    @Inject
    private Accounts accounts;

    @Inject
    private Threads threads;

    @Inject
    private ThreadAccess access;

    @Inject
    private AttachmentAccess attachments;

    @Inject
    private Drafts drafts;

    @Inject
    private NotificationOutbox outbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public ThreadId send(Outgoing outgoing) {
        List<AccountId> named = named(outgoing.recipientIds());
        Caller.WithOthers people = caller.accountWith(named);
        Account sender = people.account();
        Instant now = clock.instant();
        List<Account> recipients = recipients(sender, named, people.found(), outgoing.groups());
        MessageThread thread = MessageThread.start(sender, recipients, new Subject(outgoing.subject()),
                MessageBody.sanitised(outgoing.bodyHtml()), now);
        threads.add(thread);
        int files = attachments.sendWith(thread.messages().get(0), outgoing.attachmentIds());
        sentFromDraft(sender, outgoing.draftId(), outgoing.draftVersion());
        outbox.messagePosted(sender, recipients, now);
        audit.record(AuditEvent.of(AuditAction.SEND, sender.practiceId(), sender.id(), thread.id(), now)
                .withDetail(files == 0 ? null : "attachments:" + files));
        return thread.id();
    }

    public MessageId reply(ThreadId threadId, String bodyHtml) {
        return reply(threadId, bodyHtml, List.of());
    }

    /** A reply with the files its author uploaded for it. */
    public MessageId reply(ThreadId threadId, String bodyHtml, List<String> attachmentIds) {
        Account author = caller.account();
        MessageThread thread = access.availableForChange(author, threadId);
        Instant now = clock.instant();
        List<Account> others = ThreadAccess.othersThan(author, access.participantsOf(thread));
        Message message = thread.reply(author, others, MessageBody.sanitised(bodyHtml), now);
        attachments.sendWith(message, attachmentIds);
        outbox.messagePosted(author, others, now);
        audit.record(AuditEvent.of(AuditAction.REPLY, author.practiceId(), author.id(), thread.id(), now)
                .withDetail("message:" + message.id()));
        return message.id();
    }

    /**
     * The draft the message was written in is gone once it is sent (R6). One that is gone already
     * (sent or deleted from another tab, purged) leaves nothing to do; someone else's is refused.
     */
    private void sentFromDraft(Account sender, String draftId, long version) {
        if (draftId == null) {
            return;
        }
        Optional<Draft> draft = DraftId.parse(draftId).flatMap(drafts::find);
        if (draft.isPresent()) {
            draft.get().checkAuthor(sender);
            draft.get().checkVersion(version);
            drafts.remove(draft.get());
        }
    }

    /**
     * What the caller's To field starts with (R2): a client's own providers pre-selected, the groups
     * staff may use, and whether providers are closed to an inactive client. The people to add are
     * looked up as the caller types ({@link #suggestions}), never loaded whole: a practice may have
     * tens of thousands of clients.
     */
    public AddressBook addressBook() {
        Account me = caller.account();
        List<Contact> preselected = addressableIn(me, accounts.findAll(me.assignedProviders())).stream()
                .sorted(Comparator.comparing(Contact::displayName).thenComparing(Contact::accountId)).toList();
        boolean inactiveClient = me.clientStatus().filter(ClientStatus.INACTIVE::equals).isPresent();
        return new AddressBook(preselected,
                me.isStaff() ? EnumSet.allOf(RecipientGroup.class) : EnumSet.noneOf(RecipientGroup.class), inactiveClient);
    }

    /**
     * Up to {@code max} (at most {@value #MOST_SUGGESTIONS}) people the caller may address whose name
     * contains the text in any case, staff first, then by name, leaving out the ids given (those
     * chosen already) (R1, R2, R15).
     */
    public List<Contact> suggestions(String text, Collection<String> leaveOut, int max) {
        Account me = caller.account();
        String wanted = text == null ? "" : text.strip();
        int most = Math.min(Math.max(max, 0), MOST_SUGGESTIONS);
        if (most == 0 || !Listing.possiblyInAName(wanted)) {
            return List.of(); // no name is that long or holds a control character (PostgreSQL refuses NUL outright)
        }
        Set<String> skipped = new HashSet<>(leaveOut);
        skipped.add(me.id().toString());
        // staff may address every client and every enabled colleague, so the first rows are the answer;
        // a client may address only some of the staff, and all of those who match are read
        int rows = me.isStaff() ? most + skipped.size() : Integer.MAX_VALUE;
        List<Account> candidates = accounts.named(me.practiceId(), wanted, me.isClient(), rows).stream()
                .filter(other -> !skipped.contains(other.id().toString())).toList();
        return addressableIn(me, candidates).stream().limit(most).toList();
    }

    /** Those of these people the caller may still address, in the order given (a reopened draft's recipients). */
    public List<Contact> addressable(List<String> accountIds) {
        List<AccountId> ids = accountIds.stream().map(AccountId::parse).flatMap(Optional::stream).distinct().toList();
        Caller.WithOthers people = caller.accountWith(ids);
        return addressableIn(people.account(), ids.stream().map(people.found()::get).filter(Objects::nonNull).toList());
    }

    private static List<Contact> addressableIn(Account me, List<Account> others) {
        return others.stream()
                .filter(other -> !other.id().equals(me.id()) && Addressing.refusal(me, other).isEmpty())
                .map(Contact::of).toList();
    }

    /** The ids of the people a message names; one that is no id at all names no one there is. */
    private static List<AccountId> named(List<String> recipientIds) {
        List<AccountId> ids = new ArrayList<>();
        for (String text : recipientIds) {
            ids.add(AccountId.parse(text).orElseThrow(() -> ThreadRefusal.recipient("refusal.recipient.unknown", null)));
        }
        return ids;
    }

    /** The named people (read with the sender) and the members of the named groups (staff only), each once. */
    private List<Account> recipients(Account sender, List<AccountId> named, Map<AccountId, Account> found,
                                     Set<RecipientGroup> groups) {
        Map<AccountId, Account> recipients = new LinkedHashMap<>();
        for (AccountId id : named) {
            Account account = found.get(id);
            if (account == null) {
                throw ThreadRefusal.recipient("refusal.recipient.unknown", id);
            }
            recipients.put(id, account);
        }
        if (!groups.isEmpty() && !sender.isStaff()) {
            throw ThreadRefusal.recipient("refusal.recipient.groupsForStaffOnly", null);
        }
        for (RecipientGroup group : groups) {
            accounts.enabledStaffWithRole(sender.practiceId(), group.role()).forEach(member -> recipients.put(member.id(), member));
        }
        return List.copyOf(recipients.values());
    }
}
